package org.fazhi.identity;

import java.util.Optional;

import org.fazhi.shared.RegionCode;

/**
 * The regulated parties (行政相对人) an enterprise account can speak for. Identity cannot know the entities module
 * (entities depends on identity), so entities provides this for the account pages and the demo account.
 */
public interface PartyOptions {

    /** The enterprise, individual business or organisation registered under this unified social credit code. */
    Optional<Option> byCreditCode(String creditCode);

    Optional<Option> find(long partyId);

    /** The operating enterprise with the lowest id in a region: a stable choice for the demo account. */
    Optional<Option> firstEnterpriseIn(RegionCode region);

    record Option(long id, String name, RegionCode region) {
    }
}
