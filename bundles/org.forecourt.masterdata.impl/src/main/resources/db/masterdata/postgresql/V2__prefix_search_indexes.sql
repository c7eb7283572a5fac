-- PostgreSQL only: under a non-C collation a plain B-tree index cannot serve LIKE 'abc%'. These operator-class
-- indexes make the search-as-you-type prefixes (name, mobile start and end, VIN end, plate and plate end) index
-- range scans.
CREATE INDEX ix_md_customer_name_pattern ON md_customer (search_name varchar_pattern_ops);
CREATE INDEX ix_md_customer_mobile_pattern ON md_customer (mobile varchar_pattern_ops);
CREATE INDEX ix_md_customer_mobile_rev_pattern ON md_customer (mobile_rev varchar_pattern_ops);
CREATE INDEX ix_md_vehicle_vin_rev_pattern ON md_vehicle (vin_rev varchar_pattern_ops);
CREATE INDEX ix_md_vehicle_plate_pattern ON md_vehicle (plate varchar_pattern_ops);
CREATE INDEX ix_md_vehicle_plate_rev_pattern ON md_vehicle (plate_rev varchar_pattern_ops);
