CREATE TABLE o_thing (
    id    BIGINT      NOT NULL,
    label VARCHAR(50),
    CONSTRAINT o_thing_pk PRIMARY KEY (id)
);
