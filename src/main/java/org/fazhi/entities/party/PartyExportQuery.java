package org.fazhi.entities.party;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.fazhi.identity.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Streams every party a search matches through a server-side cursor (fetch size and a read-only transaction). */
@Component
public class PartyExportQuery {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    PartyExportQuery(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(2_000);
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setReadOnly(true);
    }

    public void stream(SignedInUser user, PartySearch search, int limit, Consumer<Stream<Party>> consumer) {
        Parties.requireStaff(user);
        List<Object> params = new ArrayList<>();
        String where = search.where(user.scope(), params);
        params.add(limit);
        transaction.executeWithoutResult(status -> {
            try (Stream<Party> parties = jdbc.queryForStream("select " + PartyRepository.COLUMNS
                    + " from entities.party p" + where + " order by p.id limit ?", PartyRepository::map, params.toArray())) {
                consumer.accept(parties);
            }
        });
    }
}
