package org.victimcompensation.batch.reconciliation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.victimcompensation.domain.payment.SettlementLine;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a whole settlement file before any row changes: its format (found from its content, not
 * its name), its encoding (UTF-8 only), and every line, read by the format's reader exactly as the job
 * will read it. A file that fails here is refused with the reason; a file that passes is read again by
 * the reconciliation job. Entries that are not the program's payments never fail a file.
 */
public final class SettlementFiles {

    private static final Logger log = LoggerFactory.getLogger(SettlementFiles.class);
    private static final String CSV_HEADER = String.join(",", CsvSettlementLines.COLUMNS);
    private static final Pattern ISO_NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05([34])\\.001\\.(0[2-9]|1[0-3])");

    private SettlementFiles() {
    }

    public record Inspection(SettlementFormat format, long lines) {
    }

    public static Inspection inspect(Path file, BankCsvMapping bankCsv) {
        try {
            if (Files.size(file) == 0) {
                throw new SettlementFileException("the file is empty");
            }
            SettlementFormat format = format(file, bankCsv);
            long count = 0;
            try (SettlementLineSource source = open(file, format, bankCsv)) {
                while (source.next() != null) {
                    count++;
                }
            }
            if (count == 0 && (format == SettlementFormat.CSV || format == SettlementFormat.BANK_CSV)) {
                throw new SettlementFileException("the file has no settlement lines");
            }
            return new Inspection(format, count);
        } catch (IOException e) {
            throw new SettlementFileException("the file could not be read", e);
        }
    }

    /**
     * Deletes an uploaded file whose reconciliation has ended: it names payees and accounts and will
     * not be read again. A file that cannot be deleted is logged, never a reason to fail the job.
     */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Settlement file {} could not be deleted: {}", file.getFileName(), e.getClass().getSimpleName());
        }
    }

    /** The file's reader; the file was inspected at upload, so its format is known. */
    static SettlementLineSource open(Path file, SettlementFormat format, BankCsvMapping bankCsv) throws IOException {
        return switch (format) {
            case CSV -> CsvSettlementLines.source(file);
            case BANK_CSV -> new BankCsvLines(utf8Lines(file), bankCsv);
            case BAI2 -> new Bai2Statements(utf8Lines(file));
            case NACHA -> new NachaReturns(utf8Lines(file));
            case CAMT053, CAMT054 -> listed(IsoStatements.lines(readUtf8(file)));
        };
    }

    private static SettlementFormat format(Path file, BankCsvMapping bankCsv) throws IOException {
        if (looksLikeXml(file)) {
            return isoFormat(readUtf8(file));
        }
        checkUtf8(file);
        String first;
        try (BufferedReader in = utf8Lines(file)) {
            first = in.readLine();
        }
        first = first == null ? "" : first.replace("\uFEFF", "");
        if (NachaReturns.isFileHeader(first)) {
            return SettlementFormat.NACHA;
        }
        if (Bai2Statements.isFileHeader(first)) {
            return SettlementFormat.BAI2;
        }
        if (first.trim().equals(CSV_HEADER)) {
            return SettlementFormat.CSV;
        }
        if (BankCsvLines.matches(BankCsvLines.headerColumns(first), bankCsv)) {
            return SettlementFormat.BANK_CSV;
        }
        throw new SettlementFileException("not a settlement file: the first line must be " + CSV_HEADER
                + (bankCsv.configured() ? ", the bank export's header" : "") + ", a BAI2 file header (01) or a NACHA file header (1)");
    }

    private static SettlementLineSource listed(List<SettlementLine> lines) {
        Iterator<SettlementLine> each = lines.iterator();
        return new SettlementLineSource() {
            @Override
            public SettlementLine next() {
                return each.hasNext() ? each.next() : null;
            }

            @Override
            public void close() {
                // Nothing held open: the statement was read whole.
            }
        };
    }

    private static boolean looksLikeXml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && head[i] == '<';
        }
    }

    /**
     * Reads the XML to its end with DTDs and external entities off (no entity bombs, no XXE) and
     * tells camt.053 from camt.054 by the namespace of its {@code Document}: the root, or a child of a
     * business-message envelope that also holds the {@code AppHdr}.
     */
    private static SettlementFormat isoFormat(String xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String namespace = null;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new SettlementFileException("XML with a DOCTYPE is not accepted");
                }
                if (event == XMLStreamConstants.START_ELEMENT && namespace == null && "Document".equals(reader.getLocalName())) {
                    namespace = reader.getNamespaceURI();
                }
            }
        } catch (XMLStreamException e) {
            throw new SettlementFileException("the XML is malformed or truncated", e);
        }
        if (namespace == null) {
            throw new SettlementFileException("the XML is not an ISO 20022 Document");
        }
        Matcher camt = ISO_NAMESPACE.matcher(namespace);
        if (!camt.matches()) {
            throw new SettlementFileException("the XML is not a camt.053 or camt.054 message of version 001.02 to 001.13");
        }
        return "3".equals(camt.group(1)) ? SettlementFormat.CAMT053 : SettlementFormat.CAMT054;
    }

    private static void checkUtf8(Path file) throws IOException {
        try (BufferedReader in = utf8Lines(file)) {
            while (in.read() >= 0) {
                // Reading to the end checks that every byte is UTF-8.
            }
        } catch (CharacterCodingException e) {
            throw new SettlementFileException("the file is not UTF-8 text", e);
        }
    }

    private static BufferedReader utf8Lines(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), strict), 1 << 16);
    }

    private static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SettlementFileException("the file is not UTF-8 text", e);
        }
    }
}
