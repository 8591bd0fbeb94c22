/**
 * 三法衔接: transfers of suspected crimes to public security (行刑衔接, 行政执法机关移送涉嫌犯罪案件的规定) and of
 * officials' misconduct to the supervision commission (监察衔接), from the agency's proposal through the head's
 * approval, the hand-over with its documents and the receiving body's decision to the outcome, with every legal
 * time limit tracked.
 */
@NullMarked
package org.fazhi.supervision.transfer;

import org.jspecify.annotations.NullMarked;
