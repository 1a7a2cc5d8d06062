package org.victimcompensation.batch.reconciliation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.FlatFileParseException;
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
import java.util.List;

/**
 * Checks a whole settlement file before any row changes: its format (found from its content, not
 * its name), its encoding (UTF-8 only), and every line. A file that fails here is refused with the
 * reason; a file that passes is read again by the reconciliation job.
 */
public final class SettlementFiles {

    private static final Logger log = LoggerFactory.getLogger(SettlementFiles.class);
    private static final String CSV_HEADER = String.join(",", CsvSettlementLines.COLUMNS);

    private SettlementFiles() {
    }

    public record Inspection(SettlementFormat format, long lines) {
    }

    public static Inspection inspect(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new SettlementFileException("the file is empty");
            }
            if (looksLikeXml(file)) {
                String namespace = camtNamespace(readUtf8(file));
                return new Inspection(SettlementFormat.CAMT053, Camt053Statements.lines(readUtf8(file), namespace).size());
            }
            return new Inspection(SettlementFormat.CSV, checkCsv(file));
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

    /** The statement's lines, for the job; the file was inspected at upload. */
    static List<SettlementLine> camtLines(Path file) {
        try {
            String xml = readUtf8(file);
            return Camt053Statements.lines(xml, camtNamespace(xml));
        } catch (IOException e) {
            throw new SettlementFileException("the file could not be read", e);
        }
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
     * returns the namespace of its root, which must be a camt.053 {@code Document}.
     */
    private static String camtNamespace(String xml) {
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
                if (event == XMLStreamConstants.START_ELEMENT && namespace == null) {
                    if (!"Document".equals(reader.getLocalName())) {
                        throw new SettlementFileException("the XML is not an ISO 20022 Document");
                    }
                    namespace = reader.getNamespaceURI();
                }
            }
        } catch (XMLStreamException e) {
            throw new SettlementFileException("the XML is malformed or truncated", e);
        }
        if (!Camt053Statements.NAMESPACE_02.equals(namespace) && !Camt053Statements.NAMESPACE_08.equals(namespace)) {
            throw new SettlementFileException("the XML is not a camt.053.001.02 or camt.053.001.08 statement");
        }
        return namespace;
    }

    private static long checkCsv(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), strict))) {
            String header = in.readLine();
            if (header == null || !header.replace("\uFEFF", "").trim().equals(CSV_HEADER)) {
                throw new SettlementFileException("not a settlement file: the first line must be " + CSV_HEADER);
            }
            while (in.read() >= 0) {
                // Reading to the end checks that every byte is UTF-8.
            }
        } catch (CharacterCodingException e) {
            throw new SettlementFileException("the file is not UTF-8 text", e);
        }
        FlatFileItemReader<SettlementLine> reader = CsvSettlementLines.reader(file);
        long count = 0;
        try {
            reader.open(new ExecutionContext());
            while (reader.read() != null) {
                count++;
            }
        } catch (FlatFileParseException e) {
            Throwable cause = e.getCause();
            throw new SettlementFileException(cause instanceof SettlementFileException ? cause.getMessage()
                    : "line " + e.getLineNumber() + " does not have the seven settlement columns");
        } catch (Exception e) {
            throw new SettlementFileException("the CSV could not be read", e);
        } finally {
            reader.close();
        }
        if (count == 0) {
            throw new SettlementFileException("the file has no settlement lines");
        }
        return count;
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
