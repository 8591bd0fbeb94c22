package org.fazhi.supervision.accountability;

/** How a finding was dealt with, as the list filters it (a finding may be several at once). */
public enum Handling {
    /** 通报批评 the unit. */ CIRCULATED,
    /** Persons handled (党纪政务处分, 组织处理, ...). */ PERSONS_HANDLED,
    /** 移交纪委. */ REFERRED_TO_DISCIPLINE,
    /** 不予追究, with its reason. */ NOT_PURSUED
}
