package org.fazhi.platform;

import java.util.List;

/** Several links of the left navigation declared together, e.g. with a module's access rules. */
public interface NavigationLinks {

    List<NavigationEntry> links();
}
