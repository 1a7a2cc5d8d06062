package org.victimcompensation.domain.notices;

import org.victimcompensation.domain.claim.ClaimApplication;

import java.util.EnumSet;
import java.util.Set;

/** How a notice reaches a survivor: only by a channel they marked safe and can be reached on. */
public enum NoticeChannel {
    EMAIL, TEXT;

    /**
     * The channels a notice may use now. A text message is a phone contact, so it needs the phone to be
     * safe; a voicemail-only choice is not a yes to texts.
     */
    public static Set<NoticeChannel> safe(ClaimApplication.SafeContact safe, String email, String phone) {
        Set<NoticeChannel> channels = EnumSet.noneOf(NoticeChannel.class);
        if (safe.email() && email != null && !email.isBlank()) {
            channels.add(EMAIL);
        }
        if (safe.phone() && phone != null && !phone.isBlank()) {
            channels.add(TEXT);
        }
        return channels;
    }
}
