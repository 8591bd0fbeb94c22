package org.fazhi.entities;

/**
 * 信用分级: A is the most trusted. 信用+双随机 samples each grade at its own ratio (A least, D most); a party
 * without a grade is sampled as the plan says for ungraded parties.
 */
public enum CreditGrade {
    A, B, C, D
}
