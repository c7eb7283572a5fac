package org.forecourt.masterdata.impl.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.validation.ChineseIdCard;
import org.forecourt.core.api.validation.ChineseMobile;
import org.forecourt.core.api.validation.SocialCreditCode;
import org.forecourt.masterdata.api.MasterdataEvents;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.UpsertResult;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerMatch;
import org.forecourt.masterdata.api.customer.CustomerMatch.MatchedOn;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.customer.CustomerSummary;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.DuplicateCustomerException;
import org.forecourt.masterdata.impl.internal.entity.CustomerEntity;
import org.forecourt.persistence.Jpa;

/** The customer service over the {@code masterdata} unit. Plain class: tests run it against a real database. */
public final class CustomerServiceImpl implements CustomerService {

    private final Jpa jpa;
    private final Clock clock;
    private final EventSink events;

    public CustomerServiceImpl(Jpa jpa, Clock clock, EventSink events) {
        this.jpa = jpa;
        this.clock = clock;
        this.events = events;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    @Override
    public List<CustomerSummary> find(Actor actor, CustomerQuery query, int offset, int limit) {
        actor.require(MasterdataPermissions.CUSTOMER_VIEW);
        Support.checkPage(offset, limit);
        Search search = Search.of(query);
        return jpa.read(actor, em -> {
            TypedQuery<Object[]> q = em.createQuery("SELECT c.id, c.storeId, c.type, c.name, c.contactPerson, "
                    + "c.mobile, c.idNumber, c.city, c.updatedAt, c.version FROM Customer c WHERE "
                    + search.where + " ORDER BY " + search.orderBy, Object[].class);
            search.params.forEach(q::setParameter);
            q.setFirstResult(offset);
            q.setMaxResults(limit);
            List<CustomerSummary> out = new ArrayList<>();
            for (Object[] r : q.getResultList()) {
                out.add(new CustomerSummary((Long) r[0], (Long) r[1], (CustomerType) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7], (Instant) r[8],
                        ((Number) r[9]).longValue()));
            }
            return out;
        });
    }

    @Override
    public long count(Actor actor, CustomerQuery query) {
        actor.require(MasterdataPermissions.CUSTOMER_VIEW);
        Search search = Search.of(query);
        return jpa.read(actor, em -> {
            TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE " + search.where, Long.class);
            search.params.forEach(q::setParameter);
            return q.getSingleResult();
        });
    }

    @Override
    public Customer get(Actor actor, long id) {
        actor.require(MasterdataPermissions.CUSTOMER_VIEW);
        return jpa.read(actor, em -> CustomerRules.toRecord(load(em, actor, id)));
    }

    /** The customer if it exists within the actor's scope (the unit filters; checked again here). */
    static CustomerEntity load(EntityManager em, Actor actor, long id) {
        CustomerEntity e = em.find(CustomerEntity.class, id);
        if (e == null || !actor.scope().includes(e.getStoreId())) {
            throw new NotFoundException(Keys.ENTITY_CUSTOMER, id);
        }
        return e;
    }

    // ---------------------------------------------------------------------------------------------------- writing

    @Override
    public Customer create(Actor actor, CustomerDraft draft, boolean confirmedNotDuplicate) {
        actor.require(MasterdataPermissions.CUSTOMER_EDIT);
        Instant now = Support.now(clock);
        LocalDate today = Support.today(clock, actor);
        long storeId = Support.targetStore(actor, draft.storeId(), () -> CustomerRules.normalize(draft, now, today));
        NormalizedCustomer n = CustomerRules.normalize(draft, now, today);
        Customer created = jpa.write(actor, em -> {
            List<CustomerMatch> matches = duplicates(em, n.mobile(), n.idNumber(), null);
            List<CustomerMatch> sameId = matches.stream()
                    .filter(m -> m.storeId() == storeId && m.matchedOn().contains(MatchedOn.ID_NUMBER)).toList();
            if (!sameId.isEmpty()) {
                throw new DuplicateCustomerException(DuplicateCustomerException.KEY_ID_NUMBER_TAKEN, sameId, false);
            }
            if (!matches.isEmpty() && !confirmedNotDuplicate) {
                throw new DuplicateCustomerException(DuplicateCustomerException.KEY, matches, true);
            }
            return insert(em, storeId, n, now);
        });
        events.post(MasterdataEvents.CUSTOMER_CREATED, Support.event(actor, created.id(), created.storeId()));
        return created;
    }

    private Customer insert(EntityManager em, long storeId, NormalizedCustomer n, Instant now) {
        CustomerEntity e = new CustomerEntity(storeId, now);
        CustomerRules.apply(n, e);
        em.persist(e);
        flush(em, storeId);
        return CustomerRules.toRecord(e);
    }

    @Override
    public Customer update(Actor actor, long id, long expectedVersion, CustomerDraft draft) {
        actor.require(MasterdataPermissions.CUSTOMER_EDIT);
        Instant now = Support.now(clock);
        NormalizedCustomer n = CustomerRules.normalize(draft, now, Support.today(clock, actor));
        Changed result = jpa.write(actor, em -> {
            CustomerEntity e = load(em, actor, id);
            if (e.getVersion() != expectedVersion) {
                throw new ConflictException(Keys.ENTITY_CUSTOMER, id);
            }
            return save(em, e, n, now);
        });
        if (result.changed) {
            events.post(MasterdataEvents.CUSTOMER_UPDATED, Support.event(actor, id, result.customer.storeId()));
        }
        return result.customer;
    }

    private record Changed(Customer customer, boolean changed) {
    }

    /** Applies the values, refusing an identity number another customer of the store has. */
    private Changed save(EntityManager em, CustomerEntity e, NormalizedCustomer n, Instant now) {
        if (n.idNumber() != null && !n.idNumber().equals(e.getIdNumber())) {
            List<CustomerMatch> taken = duplicates(em, null, n.idNumber(), e.getId()).stream()
                    .filter(m -> m.storeId() == e.getStoreId()).toList();
            if (!taken.isEmpty()) {
                throw new DuplicateCustomerException(DuplicateCustomerException.KEY_ID_NUMBER_TAKEN, taken, false);
            }
        }
        boolean changed = CustomerRules.apply(n, e);
        if (changed) {
            e.setUpdatedAt(now);
            flush(em, e.getStoreId());
        }
        return new Changed(CustomerRules.toRecord(e), changed);
    }

    @Override
    public UpsertResult<Customer> upsertByNaturalKey(Actor actor, CustomerDraft draft) {
        actor.require(MasterdataPermissions.CUSTOMER_EDIT);
        Instant now = Support.now(clock);
        LocalDate today = Support.today(clock, actor);
        long storeId = Support.targetStore(actor, draft.storeId(), () -> CustomerRules.normalize(draft, now, today));
        String mobile = ChineseMobile.problem(draft.mobile()).isEmpty() ? ChineseMobile.normalize(draft.mobile()) : null;
        String idNumber = idNumberKey(draft);
        UpsertResult<Customer> result = jpa.write(actor, em -> {
            CustomerEntity match = null;
            if (idNumber != null) {
                match = em.createQuery("SELECT c FROM Customer c WHERE c.storeId = :s AND c.idNumber = :id",
                                CustomerEntity.class)
                        .setParameter("s", storeId).setParameter("id", idNumber)
                        .getResultStream().findFirst().orElse(null);
            }
            if (match == null && mobile != null) {
                List<CustomerEntity> byMobile = em.createQuery(
                                "SELECT c FROM Customer c WHERE c.storeId = :s AND c.mobile = :m ORDER BY c.id",
                                CustomerEntity.class)
                        .setParameter("s", storeId).setParameter("m", mobile).getResultList().stream()
                        // someone else sharing the phone: a different identity number is another customer
                        .filter(c -> idNumber == null || c.getIdNumber() == null).toList();
                if (byMobile.size() > 1) {
                    throw new DuplicateCustomerException(DuplicateCustomerException.KEY_AMBIGUOUS,
                            byMobile.stream().map(c -> match(c, EnumSet.of(MatchedOn.MOBILE))).toList(), false);
                }
                match = byMobile.isEmpty() ? null : byMobile.get(0);
            }
            if (match == null) {
                NormalizedCustomer n = CustomerRules.normalize(draft, now, today);
                return UpsertResult.created(insert(em, storeId, n, now));
            }
            CustomerDraft merged = CustomerRules.merge(CustomerRules.toRecord(match), draft);
            NormalizedCustomer n = CustomerRules.normalize(merged, now, today);
            Changed changed = save(em, match, n, now);
            return changed.changed ? UpsertResult.updated(changed.customer) : UpsertResult.unchanged(changed.customer);
        });
        Customer c = result.value();
        switch (result.outcome()) {
            case CREATED -> events.post(MasterdataEvents.CUSTOMER_CREATED, Support.event(actor, c.id(), c.storeId()));
            case UPDATED -> events.post(MasterdataEvents.CUSTOMER_UPDATED, Support.event(actor, c.id(), c.storeId()));
            default -> { }
        }
        return result;
    }

    /** The normalized identity number of an import row, if it is valid for the row's type (or either type). */
    private static String idNumberKey(CustomerDraft d) {
        String raw = d.idNumber();
        if (Text.isBlank(raw)) {
            return null;
        }
        if (d.type() != CustomerType.COMPANY && ChineseIdCard.problem(raw).isEmpty()) {
            return ChineseIdCard.normalize(raw);
        }
        if (d.type() != CustomerType.PERSON && SocialCreditCode.problem(raw).isEmpty()) {
            return SocialCreditCode.normalize(raw);
        }
        return null;
    }

    /** Customers in scope with the same mobile or identity number (other than {@code excludeId}). */
    private static List<CustomerMatch> duplicates(EntityManager em, String mobile, String idNumber, Long excludeId) {
        if (mobile == null && idNumber == null) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT c FROM Customer c WHERE (");
        Map<String, Object> params = new LinkedHashMap<>();
        if (mobile != null) {
            jpql.append("c.mobile = :m");
            params.put("m", mobile);
        }
        if (idNumber != null) {
            jpql.append(mobile != null ? " OR " : "").append("c.idNumber = :id");
            params.put("id", idNumber);
        }
        jpql.append(')');
        if (excludeId != null) {
            jpql.append(" AND c.id <> :self");
            params.put("self", excludeId);
        }
        jpql.append(" ORDER BY c.id");
        TypedQuery<CustomerEntity> q = em.createQuery(jpql.toString(), CustomerEntity.class);
        params.forEach(q::setParameter);
        q.setMaxResults(20);
        List<CustomerMatch> out = new ArrayList<>();
        for (CustomerEntity c : q.getResultList()) {
            Set<MatchedOn> on = EnumSet.noneOf(MatchedOn.class);
            if (mobile != null && mobile.equals(c.getMobile())) {
                on.add(MatchedOn.MOBILE);
            }
            if (idNumber != null && idNumber.equals(c.getIdNumber())) {
                on.add(MatchedOn.ID_NUMBER);
            }
            out.add(match(c, on));
        }
        return out;
    }

    private static CustomerMatch match(CustomerEntity c, Set<MatchedOn> on) {
        return new CustomerMatch(c.getId(), c.getStoreId(), c.getName(), c.getMobile(), on);
    }

    /** Flushes, turning a unique-key race on the identity number into the duplicate refusal. */
    private static void flush(EntityManager em, long storeId) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Support.isUniqueViolation(e)) {
                throw new DuplicateCustomerException(DuplicateCustomerException.KEY_ID_NUMBER_TAKEN, List.of(), false);
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------------------------------------------- search

    /** The WHERE and ORDER BY of a customer search; every text branch is a prefix or equality on an indexed column. */
    static final class Search {
        /** Customers carrying a tag (a subquery on the tag index; MEMBER OF would join and lose untagged rows). */
        private static final String TAGGED = "(SELECT t.id FROM Customer t JOIN t.tags tag WHERE tag = ";

        final String where;
        final String orderBy;
        final Map<String, Object> params;

        private Search(String where, String orderBy, Map<String, Object> params) {
            this.where = where;
            this.orderBy = orderBy;
            this.params = params;
        }

        static Search of(CustomerQuery query) {
            CustomerQuery q = query == null ? CustomerQuery.all() : query;
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            String esc = " ESCAPE '" + Text.LIKE_ESCAPE + "'";
            String text = Text.clean(q.text());
            if (text != null) {
                String compact = Text.compactUpper(text).replace("(", "").replace(")", "");
                String digits = compact.startsWith("+86") ? compact.substring(3)
                        : compact.startsWith("0086") ? compact.substring(4) : compact;
                if (ChineseMobile.problem(text).isEmpty()) {
                    conditions.add("c.mobile = :mobile");
                    params.put("mobile", ChineseMobile.normalize(text));
                } else if (ChineseIdCard.problem(text).isEmpty()) {
                    conditions.add("c.idNumber = :idNumber");
                    params.put("idNumber", ChineseIdCard.normalize(text));
                } else if (SocialCreditCode.problem(text).isEmpty()) {
                    conditions.add("c.idNumber = :idNumber");
                    params.put("idNumber", SocialCreditCode.normalize(text));
                } else if (Text.isDigits(digits) && digits.length() <= 11) {
                    // the end (e.g. last four digits) or the start of a mobile number
                    conditions.add("(c.mobileRev LIKE :mobileRev" + esc + " OR c.mobile LIKE :mobileStart" + esc + ")");
                    params.put("mobileRev", Text.startsWith(Text.reverse(digits)));
                    params.put("mobileStart", Text.startsWith(digits));
                } else if (compact.length() >= 12 && compact.length() <= 18
                        && Text.isDigits(compact.substring(0, 12))) {
                    // the start of an identity number
                    conditions.add("c.idNumber LIKE :idStart" + esc);
                    params.put("idStart", Text.startsWith(compact));
                } else {
                    conditions.add("(c.searchName LIKE :name" + esc + " OR c.id IN " + TAGGED + ":textTag))");
                    params.put("name", Text.startsWith(Text.searchKey(text)));
                    params.put("textTag", CustomerRules.tag(text));
                }
            }
            if (q.type() != null) {
                conditions.add("c.type = :type");
                params.put("type", q.type());
            }
            String tag = CustomerRules.tag(q.tag());
            if (tag != null) {
                conditions.add("c.id IN " + TAGGED + ":tag)");
                params.put("tag", tag);
            }
            if (q.storeId() != null) {
                conditions.add("c.storeId = :storeId");
                params.put("storeId", q.storeId());
            }
            String where = conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
            String dir = q.descending() ? " DESC" : "";
            String orderBy = switch (q.sort()) {
                case NAME -> "c.searchName" + dir + ", c.id" + dir;
                case UPDATED -> "c.updatedAt" + dir + ", c.id" + dir;
            };
            return new Search(where, orderBy, params);
        }
    }
}
