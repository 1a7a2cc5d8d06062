package org.victimcompensation.pages;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main survivor texts read at about grade 6 to 8 in both languages. English is scored with the
 * Flesch-Kincaid grade level; Spanish with Szigriszt-Pazos' perspicuity on the INFLESZ scale (55 to
 * 65 is "normal", secondary school; 65 to 80 "fairly easy"), the scale Spanish health information is
 * usually held to. Syllables are counted by rule, as the formulas' authors did by hand: close enough
 * to catch a long sentence or a run of long words, which is what the test is for.
 */
class PlainLanguageTest {

    /** What a survivor reads to decide, to be safe and to know what happens next. */
    static final List<String> MAIN_TEXTS = List.of("home.lead", "home.noPolice", "home.noStatus", "safety.text",
            "finish.text", "apply.about.victim.hint", "apply.about.demographics.hint", "apply.contact.lead",
            "apply.contact.noneSafe", "apply.contact.address.hint", "apply.crime.type.hint", "apply.crime.occurredOn.hint",
            "apply.crime.verification.hint", "apply.crime.reported.hint", "apply.costs.lead", "apply.saved.until",
            "apply.saved.keepSafe", "apply.saved.howToContinue", "apply.done.keepSafe", "apply.done.next.review",
            "apply.done.next.contact.none", "apply.done.next.check", "status.notFound",
            "nextSteps.SUBMITTED", "nextSteps.IN_REVIEW", "nextSteps.INFO_REQUESTED", "nextSteps.APPROVED",
            "nextSteps.DENIED", "nextSteps.APPEALED", "letter.denied.appeal");

    static final double ENGLISH_MAX_GRADE = 7.0;
    static final double ENGLISH_MAX_GRADE_ONE_TEXT = 8.0;
    static final double SPANISH_MIN_INFLESZ = 65.0;
    static final double SPANISH_MIN_INFLESZ_ONE_TEXT = 55.0;

    @Test
    void englishTextsAreAtAboutGradeSixToEight() throws IOException {
        Properties english = bundle("messages.properties");
        List<String> texts = new ArrayList<>();
        for (String key : MAIN_TEXTS) {
            String text = words(english.getProperty(key));
            texts.add(text);
            double grade = Score.of(text, false).fleschKincaidGrade();
            System.out.printf(Locale.ROOT, "en %-32s grade %5.1f%n", key, grade);
            assertThat(grade).as("Flesch-Kincaid grade of %s: %s", key, text).isLessThanOrEqualTo(ENGLISH_MAX_GRADE_ONE_TEXT);
        }
        double all = Score.of(String.join(" ", texts), false).fleschKincaidGrade();
        System.out.printf(Locale.ROOT, "en all main texts: grade %.1f%n", all);
        assertThat(all).as("Flesch-Kincaid grade of the main texts together").isLessThanOrEqualTo(ENGLISH_MAX_GRADE);
    }

    @Test
    void spanishTextsAreAtAboutGradeSixToEight() throws IOException {
        Properties spanish = bundle("messages_es.properties");
        List<String> texts = new ArrayList<>();
        for (String key : MAIN_TEXTS) {
            String text = words(spanish.getProperty(key));
            texts.add(text);
            double inflesz = Score.of(text, true).szigrisztPazos();
            System.out.printf(Locale.ROOT, "es %-32s INFLESZ %5.1f%n", key, inflesz);
            assertThat(inflesz).as("Szigriszt-Pazos of %s: %s", key, text).isGreaterThanOrEqualTo(SPANISH_MIN_INFLESZ_ONE_TEXT);
        }
        double all = Score.of(String.join(" ", texts), true).szigrisztPazos();
        System.out.printf(Locale.ROOT, "es all main texts: INFLESZ %.1f%n", all);
        assertThat(all).as("Szigriszt-Pazos of the main texts together").isGreaterThanOrEqualTo(SPANISH_MIN_INFLESZ);
    }

    @Test
    void theCountsFollowTheRules() {
        assertThat(Score.englishSyllables("counseling")).isEqualTo(3);
        assertThat(Score.englishSyllables("safe")).isEqualTo(1);
        assertThat(Score.englishSyllables("application")).isEqualTo(4);
        assertThat(Score.spanishSyllables("solicitud")).isEqualTo(4);
        assertThat(Score.spanishSyllables("policía")).isEqualTo(4);
        assertThat(Score.spanishSyllables("guárdelo")).isEqualTo(3);
        assertThat(Score.spanishSyllables("hoy")).isEqualTo(1);
        Score score = Score.of("We help you. It is free!", false);
        assertThat(score.sentences()).isEqualTo(2);
        assertThat(score.words()).isEqualTo(6);
    }

    /** A placeholder ({0}) stands for a short value in the real text: scored as one short word. */
    private static String words(String text) {
        assertThat(text).isNotNull();
        return text.replaceAll("\\$?\\{\\d+}", "it").strip();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(PlainLanguageTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    record Score(int sentences, int words, int syllables) {

        private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

        static Score of(String text, boolean spanish) {
            int sentences = Math.max(1, text.split("[.!?]+(\\s+|$)").length);
            int words = 0;
            int syllables = 0;
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                words++;
                syllables += spanish ? spanishSyllables(word.group()) : englishSyllables(word.group());
            }
            return new Score(sentences, words, syllables);
        }

        /** Flesch-Kincaid: 0.39 words per sentence + 11.8 syllables per word - 15.59. */
        double fleschKincaidGrade() {
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }

        /** Szigriszt-Pazos: 206.835 - 62.3 syllables per word - words per sentence. */
        double szigrisztPazos() {
            return 206.835 - 62.3 * syllables / words - (double) words / sentences;
        }

        /** Vowel groups, less a silent final e (not in -le) and a silent -ed or -es. */
        static int englishSyllables(String word) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (w.length() <= 3) {
                return 1;
            }
            w = w.replaceAll("(?:[^laeiouy]e|[^laeiouytd]ed)$", "x").replaceAll("^y", "");
            Matcher groups = Pattern.compile("[aeiouy]+").matcher(w);
            int count = 0;
            while (groups.find()) {
                count++;
            }
            return Math.max(1, count);
        }

        /**
         * One syllable per vowel nucleus: a run of vowels is one nucleus (a diphthong) unless two
         * strong vowels (a, e, o, or an accented i or u) meet, which is a hiatus. A final y is a vowel.
         */
        static int spanishSyllables(String word) {
            String w = word.toLowerCase(Locale.forLanguageTag("es")).replaceAll("y$", "i");
            int count = 0;
            char previous = 0;
            for (char c : w.toCharArray()) {
                if ("aeiouáéíóúü".indexOf(c) < 0) {
                    previous = 0;
                    continue;
                }
                if (previous == 0 || (strong(previous) && strong(c))) {
                    count++;
                }
                previous = c;
            }
            return Math.max(1, count);
        }

        private static boolean strong(char vowel) {
            return "aeoáéóíú".indexOf(vowel) >= 0;
        }
    }
}
