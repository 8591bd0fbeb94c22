package org.fazhi.supervision.round;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The two-level list of problems (supervision.problem_category): categories and the types under them. */
@Repository
class ProblemCategories {

    /** A type and the category it belongs to. */
    record ProblemType(String code, String name, String categoryCode, String categoryName) {
    }

    private final JdbcClient jdbc;

    ProblemCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active types, category by category, in the list's order. */
    List<ProblemType> types() {
        return jdbc.sql("""
                select t.code, t.name, c.code, c.name from supervision.problem_category t
                  join supervision.problem_category c on c.code = t.parent_code
                 where t.active and c.active order by c.position, t.position""")
                .query((rs, n) -> new ProblemType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    Optional<ProblemType> type(@Nullable String code) {
        return code == null ? Optional.empty() : types().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
