/** 执法信息公示: the registry's public pages (agencies, officers, certificate check), open without login. */
@NullMarked
package org.fazhi.registry.publication;

import org.jspecify.annotations.NullMarked;
