package org.fazhi.entities.party;

import java.util.Optional;

import org.fazhi.entities.PartyKind;
import org.fazhi.identity.PartyOptions;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The register's side of {@link PartyOptions}: which party an enterprise account speaks for. */
@Service
class AccountParties implements PartyOptions {

    private final PartyRepository parties;
    private final JdbcClient jdbc;

    AccountParties(PartyRepository parties, JdbcClient jdbc) {
        this.parties = parties;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Option> byCreditCode(String creditCode) {
        if (!CreditCode.isValid(creditCode)) {
            return Optional.empty();
        }
        // The identity key PartyRules gives every party identified by a credit code.
        return parties.findByIdentityKey("CC:" + CreditCode.of(creditCode).value()).map(AccountParties::option);
    }

    @Override
    public Optional<Option> find(long partyId) {
        return parties.find(partyId).map(AccountParties::option);
    }

    @Override
    public Optional<Option> firstEnterpriseIn(RegionCode region) {
        return jdbc.sql("""
                        select id from entities.party
                         where region_code like ? and kind = ? and status = ? order by id limit 1""")
                .params(region.value() + "%", PartyKind.ENTERPRISE.name(), PartyStatus.OPERATING.name())
                .query(Long.class).optional().flatMap(this::find);
    }

    private static Option option(Party party) {
        return new Option(party.id(), party.name(), party.region());
    }
}
