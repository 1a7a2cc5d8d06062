package org.victimcompensation.notices;

/**
 * The port to a text-message provider: one adapter per provider. {@code noticeKey} is the same on every
 * try of one notice; an adapter passes it on as the provider's idempotency key where it has one, so a
 * retry after a lost answer is not a second message.
 */
public interface TextMessages {

    /** Throws when the provider did not take the message (it will be tried again). */
    void send(String phoneNumber, String text, String noticeKey);
}
