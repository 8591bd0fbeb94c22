/**
 * 行政相对人: the regulated parties — enterprises, individual businesses, persons, other organisations — with their
 * industry, scale, township, contact and credit grade (信用分级) history; search and bulk import.
 */
@NullMarked
package org.fazhi.entities;

import org.jspecify.annotations.NullMarked;
