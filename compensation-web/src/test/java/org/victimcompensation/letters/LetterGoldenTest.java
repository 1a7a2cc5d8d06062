package org.victimcompensation.letters;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.victimcompensation.ApiTest;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every letter in both languages, laid out from fixed facts after their trip through JSON (as they
 * wait in the database): the text in the PDF must equal the stored text in
 * {@code src/test/resources/letters}, and the PDF must be tagged (a structure tree, marked
 * content, title, language, embedded fonts). When wording changes on purpose, run with
 * {@code -Dletters.golden.update=true} and read the diff of the stored texts before committing them.
 */
class LetterGoldenTest extends ApiTest {

    private static final Path GOLDEN = Path.of("src/test/resources/letters");
    private static final UUID CLAIM = UUID.fromString("00000000-0000-0000-0000-000000000016");
    private static final String REFERENCE = "VC-2026-ABCD-EFGH";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    LetterRenderer renderer;
    @Autowired
    ObjectMapper json;

    static Stream<Arguments> letters() {
        return Stream.of("en", "es").flatMap(language -> Stream.of(
                Arguments.of("decision-approved", LetterFacts.approval(CLAIM, REFERENCE, language, DAY,
                        List.of(new LetterFacts.AwardFact(ExpenseCategory.MEDICAL_DENTAL, Money.of(new BigDecimal("3000.00"))),
                                new LetterFacts.AwardFact(ExpenseCategory.RELOCATION, Money.of(new BigDecimal("2000.00")))),
                        Money.of(new BigDecimal("5000.00")), Money.of(new BigDecimal("1500.00")))),
                Arguments.of("decision-denied", LetterFacts.denial(CLAIM, REFERENCE, language, DAY,
                        DenialReason.EXPENSES_NOT_COVERED.explained(language, null), DAY.plusDays(45))),
                Arguments.of("information-request", LetterFacts.informationRequest(CLAIM, REFERENCE, language, DAY,
                        "A copy of the clinic bill from March.")),
                Arguments.of("appeal-received", LetterFacts.appealReceived(CLAIM, REFERENCE, language, DAY)),
                Arguments.of("appeal-granted", LetterFacts.appealDecision(CLAIM, REFERENCE, language, DAY, true, null)),
                Arguments.of("appeal-refused", LetterFacts.appealDecision(CLAIM, REFERENCE, language, DAY, false,
                        DenialReason.DUPLICATE_CLAIM.explained(language, null))),
                Arguments.of("payment-sent", LetterFacts.payment(CLAIM, REFERENCE, language, DAY, false,
                        Money.of(new BigDecimal("1250.00")), ExpenseCategory.MENTAL_HEALTH)),
                Arguments.of("payment-returned", LetterFacts.payment(CLAIM, REFERENCE, language, DAY, true,
                        Money.of(new BigDecimal("1250.00")), ExpenseCategory.MENTAL_HEALTH)))
                .map(a -> Arguments.of(a.get()[0] + "." + language, a.get()[1])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void theLetterSaysWhatTheStoredTextSaysAndIsTagged(String name, LetterFacts facts) throws IOException {
        // Laid out, like every letter, from the facts as they wait in the database.
        LetterFacts stored = json.readValue(json.writeValueAsBytes(facts), LetterFacts.class);
        assertThat(stored).as("what the letter says survives its stay in the database").isEqualTo(facts);
        byte[] pdf = renderer.render(stored);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace("\r\n", "\n");
            Path golden = GOLDEN.resolve(name + ".txt");
            if (Boolean.getBoolean("letters.golden.update")) {
                Files.writeString(golden, text, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("stored text for " + name + " (run with -Dletters.golden.update=true to write it)").exists();
            assertThat(text).as(name).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));

            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("a structure tree (tagged PDF)").isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked()).as("marked content").isTrue();
            assertThat(catalog.getLanguage()).isEqualTo(facts.language());
            assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
            for (var page : document.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as("font " + font.getName() + " embedded").isTrue();
                }
            }
        }
    }
}
