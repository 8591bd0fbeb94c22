/** 执法主体与人员: regions, agencies, officers, certificates, training and exams. */
@NullMarked
package org.fazhi.registry;

import org.jspecify.annotations.NullMarked;
