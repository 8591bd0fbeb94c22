/**
 * 智能监管规则: one class per rule, each a Spring bean the monitoring runs in its nightly pass and on each event, with
 * its parameters under {@code fazhi.supervision.rules.<code-in-kebab-case>}, its title and summaries in
 * {@code messages/supervision-rules.properties}. The rules read other modules only through their query classes.
 */
@NullMarked
package org.fazhi.supervision.monitoring.rule;

import org.jspecify.annotations.NullMarked;
