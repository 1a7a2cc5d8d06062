package org.victimcompensation.process;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Read-only SQL over the engine's runtime tables for the work queue: one statement answers a page
 * with its total, sorted and filtered in the database. The engine's TaskQuery cannot put emergency
 * items first, nor give the business key and a payment reference without a query per page of
 * instances; the tables read here (task, candidate links, process instance, variable) are the
 * engine's stable public schema. Runs in the caller's transaction, so it sees what the caller wrote.
 */
final class OpenTaskTables {

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
        if (query.type() != null) {
            where.add("t.task_def_key_ = :type");
        }
        if (query.unassigned()) {
            where.add("t.assignee_ is null");
        } else if (query.assignee() != null) {
            where.add("t.assignee_ = :assignee");
        }
        if (query.heldBy() != null) {
            where.add("t.assignee_ = any(:heldBy)");
        }
        if (query.emergency() != null) {
            where.add((query.emergency() ? "" : "not ") + "t.task_def_key_ = 'EMERGENCY_REVIEW'");
        }
        if (query.overdue() != null) {
            where.add(query.overdue() ? "t.due_date_ < :now" : "(t.due_date_ is null or t.due_date_ >= :now)");
        }
        if (query.claimReference() != null) {
            where.add("t.proc_inst_id_ in (select id_ from act_ru_execution where business_key_ = :reference)");
        }
        if (query.status() != null || query.crimeType() != null) {
            // The claim's status and crime type live in the service's claim table (infra's schema,
            // which this module builds on), joined by the business key only when asked for.
            where.add("t.proc_inst_id_ in (select e.id_ from act_ru_execution e join claim c on c.reference = e.business_key_"
                    + " where e.parent_id_ is null"
                    + (query.status() != null ? " and c.status = :status" : "")
                    + (query.crimeType() != null ? " and c.crime_type = :crimeType" : "") + ")");
        }
        String within = switch (query.order()) {
            case DUE -> "t.due_date_ nulls last, t.priority_ desc";
            case PRIORITY -> "t.priority_ desc, t.due_date_ nulls last";
            case AGE -> "t.create_time_";
        };
        String order = "(t.task_def_key_ <> 'EMERGENCY_REVIEW'), " + within + ", t.create_time_, t.id_";
        // The matching tasks are read once, narrow, for both the count and the sorted cut; only the
        // page's rows then look up their claim reference and a reissue's payment reference (a join
        // over every open task would cost more than the rest of the statement).
        var statement = jdbc.sql("""
                        with matching as (
                          select t.id_, t.task_def_key_, t.due_date_, t.priority_, t.create_time_, t.assignee_, t.proc_inst_id_
                          from act_ru_task t where %s)
                        select page.*, p.business_key_, v.text_ as payment_reference,
                          (select count(*) from matching) as total
                        from (select * from matching t order by %s limit :size offset :offset) page
                        join act_ru_execution p on p.id_ = page.proc_inst_id_
                        left join act_ru_variable v on v.execution_id_ = page.proc_inst_id_ and v.name_ = :paymentVariable
                        order by %s""".formatted(String.join(" and ", where), order,
                        order.replace("t.", "page.")))
                .param("types", WORK_ITEM_TYPES).param("groups", query.candidateGroups().toArray(String[]::new))
                .param("size", query.size()).param("offset", (long) query.page() * query.size())
                .param("paymentVariable", Variables.PAYMENT_REFERENCE);
        if (query.type() != null) {
            statement = statement.param("type", query.type().name());
        }
        if (!query.unassigned() && query.assignee() != null) {
            statement = statement.param("assignee", query.assignee());
        }
        if (query.overdue() != null) {
            statement = statement.param("now", Timestamp.from(query.now()));
        }
        if (query.claimReference() != null) {
            statement = statement.param("reference", query.claimReference());
        }
        if (query.heldBy() != null) {
            statement = statement.param("heldBy", query.heldBy().toArray(String[]::new));
        }
        if (query.status() != null) {
            statement = statement.param("status", query.status().name());
        }
        if (query.crimeType() != null) {
            statement = statement.param("crimeType", query.crimeType().name());
        }
        long[] total = {0};
        List<WorkItem> items = statement.query((rs, i) -> {
            total[0] = rs.getLong("total");
            return item(rs);
        }).list();
        if (items.isEmpty() && query.page() > 0) {
            // Past the last page: the window count came with no row, so count on its own.
            return new WorkQueuePage(items, page(query.at(0, 1)).total());
        }
        return new WorkQueuePage(items, total[0]);
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
