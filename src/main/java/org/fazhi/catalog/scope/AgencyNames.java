package org.fazhi.catalog.scope;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fazhi.identity.DataScope;
import org.fazhi.registry.AgencyDirectory;
import org.springframework.stereotype.Component;

/** Agency names by id, through the registry's directory, for lists, filters and exports. */
@Component
public class AgencyNames {

    private final AgencyDirectory directory;

    AgencyNames(AgencyDirectory directory) {
        this.directory = directory;
    }

    /** The agencies of the scope, id to name, in the registry's order. */
    public Map<Long, String> within(DataScope scope) {
        Map<Long, String> names = new LinkedHashMap<>();
        directory.within(scope).forEach(option -> names.put(option.id(), option.name()));
        return names;
    }
}
