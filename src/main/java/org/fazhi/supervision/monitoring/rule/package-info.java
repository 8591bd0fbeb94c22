/**
 * The monitoring rules (智能监管规则), one class each with its parameters ({@code fazhi.supervision.rules.*}); they
 * read other modules only through the query classes in those modules' root packages.
 */
@NullMarked
package org.fazhi.supervision.monitoring.rule;

import org.jspecify.annotations.NullMarked;
