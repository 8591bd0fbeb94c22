package org.fazhi.supervision.round;

/** 日常 (routine, e.g. one per quarter) or 专项 (special, on one topic). */
public enum RoundKind { ROUTINE, SPECIAL }
