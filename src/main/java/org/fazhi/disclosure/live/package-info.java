/**
 * 执法决定实时推送: every new decision, publication and withdrawal pushed to the supervisors' screens as it
 * commits (server-sent events through platform's {@code LiveUpdates}), each screen receiving its scope's only.
 */
@NullMarked
package org.fazhi.disclosure.live;

import org.jspecify.annotations.NullMarked;
