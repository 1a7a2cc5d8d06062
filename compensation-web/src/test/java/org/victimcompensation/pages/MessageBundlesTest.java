package org.victimcompensation.pages;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message exists in every language, so no page falls back to another language or shows a
 * key, and the bundles are valid UTF-8 with each key once (a second one would silently win).
 */
class MessageBundlesTest {

    private static final List<String> BUNDLES = List.of("messages.properties", "messages_es.properties");

    @Test
    void everyKeyIsInEveryLanguageOnce() throws IOException {
        Set<String> english = keys(BUNDLES.get(0));
        assertThat(english).isNotEmpty();
        for (String bundle : BUNDLES.subList(1, BUNDLES.size())) {
            Set<String> other = keys(bundle);
            assertThat(difference(english, other)).as("keys missing from " + bundle).isEmpty();
            assertThat(difference(other, english)).as("keys in " + bundle + " but not in English").isEmpty();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> missing = new TreeSet<>(a);
        missing.removeAll(b);
        return missing;
    }

    /** The keys of a bundle, read strictly as UTF-8 (as Spring reads them); a duplicate key fails. */
    private static Set<String> keys(String bundle) throws IOException {
        String text;
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(bundle + " is not UTF-8", e);
        }
        Set<String> keys = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        boolean continued = false;
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            boolean isContinuation = continued;
            continued = stripped.endsWith("\\");
            if (isContinuation || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            String key = stripped.split("\\s*[=:]", 2)[0];
            if (!keys.add(key)) {
                duplicates.add(key);
            }
        }
        assertThat(duplicates).as("keys given twice in " + bundle).isEmpty();
        return keys;
    }
}
