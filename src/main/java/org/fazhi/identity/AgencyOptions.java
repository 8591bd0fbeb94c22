package org.fazhi.identity;

import java.util.List;

import org.fazhi.shared.RegionCode;

/**
 * The agencies an account can belong to. Identity cannot know the registry (the registry depends on identity),
 * so the registry provides this for the account pages.
 */
public interface AgencyOptions {

    List<Option> within(DataScope scope);

    record Option(long id, String name, RegionCode region) {
    }
}
