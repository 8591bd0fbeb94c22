package org.fazhi.entities.generation;

import java.util.List;
import java.util.Map;

import org.fazhi.registry.RegionDirectory.RegionInfo;
import org.fazhi.shared.GeoPoint;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plausible coordinates for generated parties, so that check-ins have something to be measured from. Each township
 * gets a centre around the county seat (the first at the seat, the others on a spiral 5 to 15 km out) and each party
 * a point up to {@value #SPREAD_METRES} m north or south and east or west of its township's centre, derived from its id, so a rerun agrees.
 * Synthetic, not surveyed: the demo county's seat is where 郏县's is; a generated county's seat is a point in Henan
 * picked from its code. Only parties without coordinates are placed.
 */
@Component
public class PartyPlaces {

    private static final Map<String, GeoPoint> KNOWN_SEATS = Map.of("410425", new GeoPoint(33.9710, 113.2130));
    private static final int SPREAD_METRES = 1_500;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private final JdbcClient jdbc;

    PartyPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Places the county's unplaced parties; {@code regions} is the county and its townships, county first. */
    public void place(RegionCode county, List<RegionInfo> regions) {
        GeoPoint seat = seatOf(county);
        List<RegionInfo> townships = regions.stream().filter(region -> !region.county()).toList();
        placeAround(county, seat);
        for (int i = 0; i < townships.size(); i++) {
            placeAround(townships.get(i).code(), centre(seat, i, townships.size()));
        }
    }

    /** Places the county's parties only if none of them has coordinates yet. */
    public void placeIfNoneIn(RegionCode county, List<RegionInfo> regions) {
        boolean unplaced = jdbc.sql("""
                select not exists (select 1 from entities.party where region_code like ? and latitude is not null)""")
                .param(county.value() + "%").query(Boolean.class).single();
        if (unplaced) {
            place(county, regions);
        }
    }

    static GeoPoint seatOf(RegionCode county) {
        GeoPoint known = KNOWN_SEATS.get(county.value());
        if (known != null) {
            return known;
        }
        int hash = county.value().hashCode();
        return new GeoPoint(32.5 + Math.floorMod(hash, 3_400) / 1_000.0,
                111.0 + Math.floorMod(hash / 3_400, 5_000) / 1_000.0);
    }

    /** The i-th of n township centres: the seat, then a spiral outwards. */
    static GeoPoint centre(GeoPoint seat, int i, int n) {
        if (i == 0) {
            return seat;
        }
        double radius = 5_000 + 10_000.0 * i / Math.max(1, n - 1);
        double angle = i * GOLDEN_ANGLE;
        return seat.offset(radius * Math.cos(angle), radius * Math.sin(angle));
    }

    private void placeAround(RegionCode region, GeoPoint centre) {
        GeoPoint north = centre.offset(SPREAD_METRES, 0);
        GeoPoint east = centre.offset(0, SPREAD_METRES);
        // Two independent-looking fractions in [-1, 1] from the id (multiplicative hashing by two primes).
        jdbc.sql("""
                update entities.party
                   set latitude = round((:lat + ((id * 7919) % 2001 - 1000) / 1000.0 * :dLat)::numeric, 6),
                       longitude = round((:lng + ((id * 104729) % 2003 - 1001) / 1001.0 * :dLng)::numeric, 6)
                 where region_code = :region and latitude is null""")
                .param("lat", centre.latitude()).param("lng", centre.longitude())
                .param("dLat", north.latitude() - centre.latitude()).param("dLng", east.longitude() - centre.longitude())
                .param("region", region.value()).update();
    }
}
