package org.reciprocity.recognition;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The list queries in SQL of our own: one statement returns a page of entry ids, newest first, using keyset
 * paging on (created_at, id) so that a deep page costs what the first one does. The service loads the page's
 * details in a fixed number of further statements.
 */
@Component
class RecognitionQueries {

    /** What a reader may see: public entries, and private ones they gave, received or their team received. */
    record Viewer(@Nullable Long employeeId, Collection<Long> meAndTeam) {

        static final Viewer NOBODY = new Viewer(null, List.of());
    }

    /** Which entries a list holds, besides what the viewer may see. */
    record Scope(BoardFilter filter, boolean publicOnly, @Nullable Long recipientId, @Nullable Long giverId,
                 Collection<Long> anyRecipientOf) {

        static Scope board(BoardFilter filter) {
            return new Scope(filter, true, null, null, List.of());
        }
    }

    private final EntityManager entityManager;

    RecognitionQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Long> pageIds(Scope scope, Viewer viewer, @Nullable BoardCursor after, int limit) {
        var sql = new StringBuilder("select r.id from recognition r where ");
        var params = new LinkedHashMap<String, Object>();
        where(sql, params, scope, viewer);
        if (after != null) {
            sql.append(" and (r.created_at < :afterAt or (r.created_at = :afterAt and r.id < :afterId))");
            params.put("afterAt", after.createdAt());
            params.put("afterId", after.id());
        }
        sql.append(" order by r.created_at desc, r.id desc");
        var query = entityManager.createNativeQuery(sql.toString(), Long.class);
        params.forEach(query::setParameter);
        query.setMaxResults(limit);
        var ids = new ArrayList<Long>();
        for (Object id : query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** How often each value was named in what the employee received, among the entries the viewer may see. */
    Map<Long, Long> valueCounts(long employeeId, Viewer viewer) {
        var sql = new StringBuilder("""
                select rv.value_id, count(*) from recognition_value rv join recognition r on r.id = rv.recognition_id \
                where exists (select 1 from recognition_recipient x where x.recognition_id = r.id \
                and x.employee_id = :employee) and """);
        var params = new LinkedHashMap<String, Object>();
        params.put("employee", employeeId);
        sql.append(' ');
        visible(sql, params, viewer);
        sql.append(" group by rv.value_id");
        var query = entityManager.createNativeQuery(sql.toString(), Object[].class);
        params.forEach(query::setParameter);
        var counts = new HashMap<Long, Long>();
        for (Object row : query.getResultList()) {
            var cells = (Object[]) row;
            counts.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        return counts;
    }

    /** Entries, of any visibility, that any of these employees received in [from, to). */
    long countReceived(Collection<Long> employeeIds, Instant from, Instant to) {
        if (employeeIds.isEmpty()) {
            return 0;
        }
        var query = entityManager.createNativeQuery("""
                select count(*) from recognition r where r.created_at >= :from and r.created_at < :to \
                and exists (select 1 from recognition_recipient x where x.recognition_id = r.id \
                and x.employee_id in (:ids))""", Long.class);
        query.setParameter("from", from);
        query.setParameter("to", to);
        query.setParameter("ids", employeeIds);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void where(StringBuilder sql, Map<String, Object> params, Scope scope, Viewer viewer) {
        if (scope.publicOnly()) {
            sql.append("r.visibility = 'PUBLIC'");
        } else {
            visible(sql, params, viewer);
        }
        var filter = scope.filter();
        if (filter.source() != null) {
            sql.append(" and r.source = :source");
            params.put("source", filter.source().name());
        }
        if (filter.since() != null) {
            sql.append(" and r.created_at >= :since");
            params.put("since", filter.since());
        }
        if (filter.departmentId() != null) {
            sql.append(" and exists (select 1 from recognition_recipient d where d.recognition_id = r.id"
                    + " and d.department_id = :department)");
            params.put("department", filter.departmentId());
        }
        if (filter.locationId() != null) {
            sql.append(" and exists (select 1 from recognition_recipient l where l.recognition_id = r.id"
                    + " and l.location_id = :location)");
            params.put("location", filter.locationId());
        }
        if (filter.valueId() != null) {
            sql.append(" and exists (select 1 from recognition_value v where v.recognition_id = r.id"
                    + " and v.value_id = :value)");
            params.put("value", filter.valueId());
        }
        if (scope.recipientId() != null) {
            sql.append(" and exists (select 1 from recognition_recipient p where p.recognition_id = r.id"
                    + " and p.employee_id = :recipient)");
            params.put("recipient", scope.recipientId());
        }
        if (scope.giverId() != null) {
            sql.append(" and r.giver_id = :giver");
            params.put("giver", scope.giverId());
        }
        if (!scope.anyRecipientOf().isEmpty()) {
            sql.append(" and exists (select 1 from recognition_recipient t where t.recognition_id = r.id"
                    + " and t.employee_id in (:team))");
            params.put("team", scope.anyRecipientOf());
        }
    }

    private static void visible(StringBuilder sql, Map<String, Object> params, Viewer viewer) {
        if (viewer.employeeId() == null) {
            sql.append("r.visibility = 'PUBLIC'");
            return;
        }
        sql.append("(r.visibility = 'PUBLIC' or r.giver_id = :viewer or exists (select 1 from recognition_recipient"
                + " w where w.recognition_id = r.id and w.employee_id in (:viewerCircle)))");
        params.put("viewer", viewer.employeeId());
        params.put("viewerCircle", viewer.meAndTeam());
    }
}
