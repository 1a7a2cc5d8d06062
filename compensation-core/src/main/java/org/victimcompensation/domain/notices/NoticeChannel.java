package org.victimcompensation.domain.notices;

import org.victimcompensation.domain.claim.ClaimApplication;

import java.util.EnumSet;
import java.util.Set;

/** How a notice reaches a survivor: only by a channel they marked safe and can be reached on. */
public enum NoticeChannel {
    EMAIL, TEXT;

    /**
     * The channels a notice may use now. A text message needs its own yes: a survivor who said calls are
     * safe may not want a message left on the phone for someone else to read.
     */
    public static Set<NoticeChannel> safe(ClaimApplication.SafeContact safe, String email, String phone) {
        Set<NoticeChannel> channels = EnumSet.noneOf(NoticeChannel.class);
        if (safe.email() && email != null && !email.isBlank()) {
            channels.add(EMAIL);
        }
        if (safe.text() && phone != null && !phone.isBlank()) {
            channels.add(TEXT);
        }
        return channels;
    }
}
