package org.victimcompensation.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A letter as an accessible PDF: the Thymeleaf template in the survivor's language, laid out by
 * openhtmltopdf in PDF/UA mode (tagged, with title, language and an embedded font).
 */
@Component
class LetterRenderer {

    /** Liberation Sans ships inside PDFBox, so the letter's font travels with the service (no system fonts). */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;
    private final MessageSource messages;

    LetterRenderer(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    byte[] render(LetterFacts facts) {
        Locale locale = Locale.forLanguageTag(facts.language());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Context context = new Context(locale);
        context.setVariable("f", facts);
        context.setVariable("variant", variant(facts));
        context.setVariable("dateText", dates.format(facts.date()));
        context.setVariable("appealByText", facts.appealBy() == null ? null : dates.format(facts.appealBy()));
        context.setVariable("categoryText", facts.category() == null ? null
                : messages.getMessage("category." + facts.category(), null, locale));
        return toPdf(templates.process("letters/letter", context));
    }

    /** The sheet before each letter in a print batch: the address block the envelope's window shows. */
    byte[] addressSheet(String language, List<String> lines) {
        Context context = new Context(Locale.forLanguageTag(language));
        context.setVariable("lines", lines);
        return toPdf(templates.process("letters/address-sheet", context));
    }

    private byte[] toPdf(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        // One face for both weights: headings are set apart by size, and no font is left unembedded.
        for (int weight : new int[]{400, 700}) {
            builder.useFont(() -> LetterRenderer.class.getResourceAsStream(FONT), "LetterSans", weight,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(html, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static String variant(LetterFacts facts) {
        return switch (facts.kind()) {
            case DECISION -> facts.approved() ? "DECISION_APPROVED" : "DECISION_DENIED";
            case APPEAL_DECISION -> facts.approved() ? "APPEAL_DECISION_GRANTED" : "APPEAL_DECISION_REFUSED";
            default -> facts.kind().name();
        };
    }
}
