package org.fazhi.casework.compulsion;

import org.springframework.context.MessageSourceResolvable;

/**
 * Where a measure stands. Proposed and approved before (行政强制法第十八条), or taken urgently on the spot and
 * approved after (第十九条); in force for its period; refused before it was taken; lifted and its items being
 * returned; closed when every item is back or the penalty decision confiscated them.
 */
public enum MeasureState implements MessageSourceResolvable {
    PROPOSED, URGENT, IN_FORCE, REFUSED, LIFTED, CLOSED;

    /** Still the agency's business: on the list of open measures. */
    public boolean isOpen() {
        return this != REFUSED && this != CLOSED;
    }

    /** The party's property is held under it now. */
    public boolean holds() {
        return this == URGENT || this == IN_FORCE;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"casework.measure.state." + name()};
    }

    @Override
    public String getDefaultMessage() {
        return name();
    }
}
