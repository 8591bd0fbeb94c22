package org.fazhi.entities.party;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a party's registered address lies (经纬度, WGS-84), so that a check-in far from it can be flagged (亮码即定位).
 * Kept beside the register's other facts rather than among them: a party is complete without it and the import does
 * not carry it. Set on the party's form and page by those who keep the register.
 */
@Service
public class PartyLocations {

    private final JdbcClient jdbc;
    private final Parties parties;
    private final ApplicationEventPublisher events;

    PartyLocations(JdbcClient jdbc, Parties parties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.events = events;
    }

    public Optional<GeoPoint> of(long partyId) {
        return Optional.ofNullable(ofAll(List.of(partyId)).get(partyId));
    }

    /** The located ones among these parties, in one query. */
    public Map<Long, GeoPoint> ofAll(Collection<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, latitude, longitude from entities.party where id = any(?) and latitude is not null")
                .param(partyIds.stream().distinct().toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong(1), new GeoPoint(rs.getDouble(2), rs.getDouble(3))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Registers a party and where it is, together. */
    @Transactional
    public Party register(SignedInUser user, PartyForm form, @Nullable GeoPoint at) {
        Party party = parties.register(user, form);
        write(party, at);
        return party;
    }

    /** Saves the party's form and where it is, together. */
    @Transactional
    public Party update(SignedInUser user, long id, PartyForm form, @Nullable GeoPoint at) {
        Party party = parties.update(user, id, form);
        if (!of(id).equals(Optional.ofNullable(at))) {
            write(party, at);
        }
        return party;
    }

    /** Sets or clears where the party is, if nobody changed the party since the user saw it. */
    @Transactional
    public Party locate(SignedInUser user, long id, int version, @Nullable GeoPoint at) {
        Parties.requireKeeper(user);
        Party party = parties.get(user, id);
        if (party.version() != version) {
            throw new StaleEdit(Parties.RECORD_TYPE, id);
        }
        write(party, at);
        jdbc.sql("update entities.party set version = version + 1, updated_at = now() where id = ? and version = ?")
                .params(id, version).update();
        return parties.get(user, id);
    }

    private void write(Party party, @Nullable GeoPoint at) {
        jdbc.sql("update entities.party set latitude = ?, longitude = ? where id = ?")
                .params(at == null ? null : at.latitude(), at == null ? null : at.longitude(), party.id()).update();
        events.publishEvent(DataChanged.updated(Parties.RECORD_TYPE, party.id(), party.region(),
                List.of("latitude", "longitude")));
    }
}
