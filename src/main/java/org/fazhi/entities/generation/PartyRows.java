package org.fazhi.entities.generation;

import java.io.InputStream;
import java.util.List;

/** Entry point of the generation package: generated parties as a CSV stream in the party sheet's layout. */
public final class PartyRows {

    private PartyRows() {
    }

    public static InputStream csv(List<String> header, long seed, String county, String countyName,
                                  List<String> townships, long count) {
        PartyFaker faker = new PartyFaker(seed, county, countyName, townships);
        return new GeneratedCsv(header, faker::next, count);
    }
}
