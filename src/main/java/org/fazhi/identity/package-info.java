/** 身份与权限: accounts, roles, data scope, login. */
@NullMarked
package org.fazhi.identity;

import org.jspecify.annotations.NullMarked;
