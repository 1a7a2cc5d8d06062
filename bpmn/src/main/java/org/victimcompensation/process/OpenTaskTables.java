package org.victimcompensation.process;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only SQL over the engine's runtime tables for the work queue: a page sorted and filtered in the
 * database, and its total. The engine's TaskQuery cannot put emergency items first, nor give the
 * business key and a payment reference without a query per page of instances; the tables read here
 * (task, candidate links, process instance, variable) are the engine's stable public schema. Runs in
 * the caller's transaction, so it sees what the caller wrote.
 */
final class OpenTaskTables {

    private static final String TASK_COLUMNS = "t.id_, t.task_def_key_, t.due_date_, t.priority_, t.create_time_, t.assignee_";
    /** A reissue's payment reference: a process variable, at most one per name in the instance's scope. */
    private static final String PAYMENT_REFERENCE = "(select v.text_ from act_ru_variable v"
            + " where v.var_scope_ = t.proc_inst_id_ and v.name_ = :paymentVariable) as payment_reference";
    private static final String[] WORK_ITEM_TYPES = Arrays.stream(WorkItemType.values()).map(Enum::name)
            .toArray(String[]::new);

    private final JdbcClient jdbc;

    OpenTaskTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WorkQueuePage page(WorkQueueQuery query) {
        if (query.candidateGroups().isEmpty()) {
            return new WorkQueuePage(List.of(), 0);
        }
        List<String> where = new ArrayList<>(List.of("t.suspension_state_ = 1", "t.task_def_key_ = any(:types)",
                "exists (select 1 from act_ru_identitylink l where l.task_id_ = t.id_ and l.type_ = 'candidate'"
                        + " and l.group_id_ = any(:groups))"));
        Map<String, Object> params = new HashMap<>(Map.of("types", WORK_ITEM_TYPES,
                "groups", query.candidateGroups().toArray(String[]::new)));
        if (query.type() != null) {
            where.add("t.task_def_key_ = :type");
            params.put("type", query.type().name());
        }
        if (query.unassigned()) {
            where.add("t.assignee_ is null");
        } else if (query.assignee() != null) {
            where.add("t.assignee_ = :assignee");
            params.put("assignee", query.assignee());
        }
        if (query.heldBy() != null) {
            where.add("t.assignee_ = any(:heldBy)");
            params.put("heldBy", query.heldBy().toArray(String[]::new));
        }
        if (query.emergency() != null) {
            where.add((query.emergency() ? "" : "not ") + "t.task_def_key_ = 'EMERGENCY_REVIEW'");
        }
        if (query.overdue() != null) {
            where.add(query.overdue() ? "t.due_date_ < :now" : "(t.due_date_ is null or t.due_date_ >= :now)");
            params.put("now", Timestamp.from(query.now()));
        }
        if (query.claimReference() != null) {
            where.add("t.proc_inst_id_ in (select id_ from act_ru_execution where business_key_ = :reference)");
            params.put("reference", query.claimReference());
        }
        if (query.status() != null || query.crimeType() != null) {
            // The claim's status and crime type live in the service's claim table (infra's schema,
            // which this module builds on), joined by the business key only when asked for.
            where.add("t.proc_inst_id_ in (select e.id_ from act_ru_execution e join claim c on c.reference = e.business_key_"
                    + " where e.parent_id_ is null"
                    + (query.status() != null ? " and c.status = :status" : "")
                    + (query.crimeType() != null ? " and c.crime_type = :crimeType" : "") + ")");
            if (query.status() != null) {
                params.put("status", query.status().name());
            }
            if (query.crimeType() != null) {
                params.put("crimeType", query.crimeType().name());
            }
        }
        String within = switch (query.order()) {
            case DUE -> "t.due_date_ nulls last, t.priority_ desc";
            case PRIORITY -> "t.priority_ desc, t.due_date_ nulls last";
            case AGE -> "t.create_time_";
        };
        String order = "(t.task_def_key_ <> 'EMERGENCY_REVIEW'), " + within + ", t.create_time_, t.id_";
        params.put("paymentVariable", Variables.PAYMENT_REFERENCE);
        params.put("size", query.size());
        long offset = (long) query.page() * query.size();
        params.put("offset", offset);
        String filter = String.join(" and ", where);
        return query.status() == null && query.crimeType() == null
                ? pageInIndexOrder(filter, order, params, offset, query.size())
                : pageOfMatchingSet(filter, order, params, offset);
    }

    /**
     * Each order has an index of the open tasks in it (changeset 018-work-queue-order): the page walks
     * it and stops when full, so the first pages cost the same at 50 or 50,000 open claims. Counting
     * reads every matching task, the one cost that grows with open work, so it is paid only when the
     * page cannot tell the total (a full page, or one past the end).
     */
    private WorkQueuePage pageInIndexOrder(String filter, String order, Map<String, Object> params, long offset,
                                           int size) {
        List<WorkItem> items = jdbc.sql("""
                        select %s, p.business_key_, %s
                        from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_
                        where %s order by %s limit :size offset :offset""".formatted(TASK_COLUMNS, PAYMENT_REFERENCE,
                        filter, order))
                .params(params).query((rs, i) -> item(rs)).list();
        if (items.size() < size && (!items.isEmpty() || offset == 0)) {
            return new WorkQueuePage(items, offset + items.size());
        }
        // Counted in a second statement: a task done in between must not leave the total below what the page shows.
        long total = count(filter, params);
        return new WorkQueuePage(items, items.isEmpty() ? total : Math.max(total, offset + items.size()));
    }

    /**
     * A filter on the claim's status or crime type keeps a share of the tasks scattered through every
     * order, so walking an index would visit many tasks for each one kept: the matching tasks are
     * read once, narrow, for both the count and the sorted cut, and only the page's rows then look up
     * their claim reference and payment reference.
     */
    private WorkQueuePage pageOfMatchingSet(String filter, String order, Map<String, Object> params, long offset) {
        long[] total = {0};
        List<WorkItem> items = jdbc.sql("""
                        with matching as (select %s, t.proc_inst_id_ from act_ru_task t where %s)
                        select t.*, p.business_key_, %s, (select count(*) from matching) as total
                        from (select * from matching t order by %s limit :size offset :offset) t
                        join act_ru_execution p on p.id_ = t.proc_inst_id_
                        order by %s""".formatted(TASK_COLUMNS, filter, PAYMENT_REFERENCE, order, order))
                .params(params).query((rs, i) -> {
                    total[0] = rs.getLong("total");
                    return item(rs);
                }).list();
        // Past the last page the count came with no row, so it is counted on its own.
        return new WorkQueuePage(items, items.isEmpty() && offset > 0 ? count(filter, params) : total[0]);
    }

    private long count(String filter, Map<String, Object> params) {
        return jdbc.sql("select count(*) from act_ru_task t where " + filter).params(params).query(Long.class).single();
    }

    /** Open work per person holding it. */
    List<Workload> workload(Instant now) {
        return jdbc.sql("""
                        select assignee_, count(*) as items, min(create_time_) as oldest,
                          count(*) filter (where due_date_ < :now) as past_due
                        from act_ru_task where assignee_ is not null and task_def_key_ = any(:types)
                        group by assignee_ order by assignee_""")
                .param("now", Timestamp.from(now)).param("types", WORK_ITEM_TYPES)
                .query((rs, i) -> new Workload(rs.getString("assignee_"), rs.getLong("items"),
                        rs.getTimestamp("oldest").toInstant(), rs.getLong("past_due")))
                .list();
    }

    private static WorkItem item(ResultSet rs) throws SQLException {
        Timestamp due = rs.getTimestamp("due_date_");
        return new WorkItem(rs.getString("id_"), WorkItemType.valueOf(rs.getString("task_def_key_")),
                rs.getString("business_key_"), due == null ? null : due.toInstant(), rs.getInt("priority_"),
                rs.getTimestamp("create_time_").toInstant(), rs.getString("payment_reference"),
                rs.getString("assignee_"));
    }
}
