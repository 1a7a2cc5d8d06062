package org.victimcompensation.batch.reporting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.victimcompensation.domain.claim.CrimeSubType;
import org.victimcompensation.domain.claim.GenderIdentity;
import org.victimcompensation.domain.claim.RaceEthnicity;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;
import org.victimcompensation.domain.reporting.PeriodFlows;
import org.victimcompensation.domain.reporting.VocaFigures;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Writes the figures as an .xlsx with POI's streaming workbook (rows go to compressed temporary
 * files, which are always removed): a cover sheet with period, times and definitions, then one sheet
 * per topic with a frozen header row, numeric cells with count and currency formats.
 */
final class VocaWorkbook {

    private static final int COVER_TEXT_CHARS = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle count;
    private final CellStyle currency;
    private final CellStyle decimal;
    private final CellStyle text;
    private final long suppressBelow;

    private VocaWorkbook(SXSSFWorkbook workbook, long suppressBelow) {
        this.workbook = workbook;
        this.suppressBelow = suppressBelow;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        count = workbook.createCellStyle();
        count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        currency = workbook.createCellStyle();
        currency.setDataFormat(workbook.createDataFormat().getFormat("\"$\"#,##0.00"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        text = workbook.createCellStyle();
        text.setWrapText(true);
    }

    /**
     * The copy entered into OVC's PMT shows every count as counted; only the {@code publication} copy
     * leaves counts from 1 to suppressBelow - 1 blank (suppressBelow 0: none), with the amounts beside
     * them, and leaves out the submission sheets.
     */
    static void write(VocaFigures figures, VocaReportJobConfiguration.SinceSubmission since, List<PeriodFlows.YearLine> year,
                      FederalFiscalPeriod period, Instant asOf, Instant producedAt, boolean publication, long suppressBelow,
                      OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        try {
            VocaWorkbook sheets = new VocaWorkbook(workbook, publication ? suppressBelow : 0);
            sheets.cover(period, asOf, producedAt, publication);
            sheets.applications(figures.applications(), figures.victims(), figures.denialReasons());
            sheets.paidByCrimeType(figures);
            sheets.paidByCategory(figures);
            sheets.victims(figures);
            if (figures.certification() != null) {
                sheets.certification(figures.certification());
            }
            // How a rerun differs from the PMT submission is the program's own bookkeeping, not for publication,
            // and its amounts stand apart from the counts they go with.
            if (since != null && !publication) {
                sheets.sinceSubmission(since);
            }
            if (year != null && !publication) {
                sheets.yearFromQuarters(year);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private void cover(FederalFiscalPeriod period, Instant asOf, Instant producedAt, boolean publication) {
        Sheet sheet = printable(workbook.createSheet("Cover"));
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        int r = 0;
        Row first = sheet.createRow(r++);
        textCell(first, 0, period.isAnnual() ? "VOCA state certification and OVC performance measures"
                : "OVC performance measures", title);
        r++;
        r = pair(sheet, r, "Period", period.label());
        r = pair(sheet, r, "Report", period.isAnnual() ? "Annual: performance measures and state certification" : "Quarterly performance measures");
        r = pair(sheet, r, "Produced", TIME.format(producedAt));
        r = pair(sheet, r, "Data as of", TIME.format(asOf));
        r = pair(sheet, r, "Copy", publication ? "For publication" : "For entry into OVC's Performance Measurement Tool (PMT): every count as counted");
        r = pair(sheet, r, "Small counts", suppressBelow > 0
                ? "Counts from 1 to " + (suppressBelow - 1) + " are left blank to protect privacy, and so is every amount "
                        + "beside a blank count (an amount near a cap or a typical award would tell how few it paid). "
                        + "Totals are as counted and include the blank lines."
                : "Shown as counted (no suppression).");
        r++;
        Row heading = sheet.createRow(r++);
        textCell(heading, 0, "How each figure is defined", header);
        for (String definition : VocaDefinitions.ALL) {
            Row row = sheet.createRow(r++);
            textCell(row, 1, definition, text);
            fitWrappedText(row, definition);
        }
    }

    private void applications(VocaFigures.Applications a, VocaFigures.Victims victims, List<VocaFigures.Count> denialReasons) {
        Sheet sheet = topic("Applications", List.of("Measure", "Value"), 50, 18);
        int r = 1;
        r = countRow(sheet, r, "Applications received", a.received());
        r = countRow(sheet, r, "Victims with applications received (people)", victims.received());
        r = countRow(sheet, r, "Applications approved", a.approved());
        r = countRow(sheet, r, "Applications denied", a.denied());
        r = countRow(sheet, r, "Applications closed without a decision", a.closed());
        r = countRow(sheet, r, "Applications denied or closed", a.deniedOrClosed());
        r = countRow(sheet, r, "Applications pending at period end", a.pendingAtPeriodEnd());
        r = countRow(sheet, r, "Forensic-exam (SAFE) applications received", a.forensicExamApplications());
        r = countRow(sheet, r, "Emergency awards approved", a.emergencyAwards());
        r = moneyRow(sheet, r, "Emergency award amount", a.emergencyAwardAmount(), a.emergencyAwards());
        r = decimalRow(sheet, r, "Average days from receipt to decision", a.averageDaysToDecision());
        r = decimalRow(sheet, r, "Median days from receipt to decision", a.medianDaysToDecision());
        r++;
        Row heading = sheet.createRow(r++);
        textCell(heading, 0, "Denials in the period by reason", header);
        for (VocaFigures.Count reason : denialReasons) {
            r = countRow(sheet, r, "Denied: " + words(reason.label()), reason.count());
        }
    }

    private void paidByCrimeType(VocaFigures figures) {
        Sheet sheet = topic("Paid by crime type", List.of("Crime type", "Claims paid", "Amount paid",
                "DV-related claims paid", "DV-related amount paid"), 28, 18, 18, 22, 22);
        int r = 1;
        for (VocaFigures.PaidByCrimeType line : figures.paidByCrimeType()) {
            Row row = sheet.createRow(r++);
            textCell(row, 0, crimeLine(line.crimeType()), null);
            countCell(row, 1, line.claimsPaid());
            moneyBeside(row, 2, line.amountPaid(), line.claimsPaid());
            countCell(row, 3, line.dvClaimsPaid());
            moneyBeside(row, 4, line.dvAmountPaid(), line.dvClaimsPaid());
        }
        Row total = sheet.createRow(r);
        textCell(total, 0, "Total", header);
        countCell(total, 1, figures.paidTotal().claimsPaid());
        moneyBeside(total, 2, figures.paidTotal().amountPaid(), figures.paidTotal().claimsPaid());
        long dvClaims = figures.paidByCrimeType().stream().mapToLong(VocaFigures.PaidByCrimeType::dvClaimsPaid).sum();
        countCell(total, 3, dvClaims);
        moneyBeside(total, 4, figures.paidByCrimeType().stream().map(VocaFigures.PaidByCrimeType::dvAmountPaid)
                .reduce(BigDecimal.ZERO, BigDecimal::add), dvClaims);
    }

    private void paidByCategory(VocaFigures figures) {
        Sheet sheet = topic("Paid by expense category", List.of("Expense category", "Payments", "Amount paid"), 34, 14, 18);
        int r = 1;
        BigDecimal economic = BigDecimal.ZERO;
        long economicPayments = 0;
        for (VocaFigures.PaidByCategory line : figures.paidByCategory()) {
            Row row = sheet.createRow(r++);
            textCell(row, 0, words(line.category()), null);
            countCell(row, 1, line.payments());
            moneyBeside(row, 2, line.amountPaid(), line.payments());
            if (line.category().equals("LOST_WAGES") || line.category().equals("LOSS_OF_SUPPORT")) {
                economic = economic.add(line.amountPaid());
                economicPayments += line.payments();
            }
        }
        Row total = sheet.createRow(r++);
        textCell(total, 0, "Total", header);
        countCell(total, 1, figures.paidTotal().payments());
        moneyBeside(total, 2, figures.paidTotal().amountPaid(), figures.paidTotal().payments());
        r++;
        Row rollup = sheet.createRow(r++);
        textCell(rollup, 0, "Economic support (lost wages and loss of support)", header);
        countCell(rollup, 1, economicPayments);
        moneyBeside(rollup, 2, economic, economicPayments);
        r++;
        VocaFigures.PaidTotal paid = figures.paidTotal();
        Row gross = sheet.createRow(r++);
        textCell(gross, 0, "Paid in the period (bank value date)", null);
        countCell(gross, 1, paid.payments());
        moneyBeside(gross, 2, paid.grossPaid(), paid.payments());
        Row returns = sheet.createRow(r++);
        textCell(returns, 0, "Less: returns booked in the period", null);
        countCell(returns, 1, paid.returns());
        moneyBeside(returns, 2, paid.returnedAmount(), paid.returns());
        Row net = sheet.createRow(r);
        textCell(net, 0, "Equals: amount paid (net)", header);
        countCell(net, 1, paid.payments());
        moneyBeside(net, 2, paid.amountPaid(), paid.payments());
    }

    private void victims(VocaFigures figures) {
        Sheet sheet = topic("Victims", List.of("Group", "Value", "Received in the period", "Paid in the period"), 30, 40, 22, 20);
        int r = 1;
        Row people = sheet.createRow(r++);
        textCell(people, 0, "Victims (people)", null);
        textCell(people, 1, "Each victim once, however many claims", null);
        countCell(people, 2, figures.victims().received());
        countCell(people, 3, figures.victims().paid());
        Map<String, Long> crimeTypesPaid = figures.paidByCrimeType().stream()
                .collect(Collectors.toMap(VocaFigures.PaidByCrimeType::crimeType, VocaFigures.PaidByCrimeType::claimsPaid));
        r = receivedAndPaid(sheet, r, "Crime type (claims)", figures.crimeTypesReceived(), crimeTypesPaid, VocaWorkbook::crimeLine);
        r = receivedAndPaid(sheet, r, "Victimization (claims)", figures.victimizationFlags(), figures.victimizationFlagsPaid().stream()
                .collect(Collectors.toMap(VocaFigures.Count::label, VocaFigures.Count::count)), VocaWorkbook::words);
        r = group(sheet, r, "Age at the crime (victims)", figures.ageBands(), VocaWorkbook::words);
        r = group(sheet, r, "Gender identity (victims)", figures.genderIdentity(),
                code -> code.equals(VocaQueries.NOT_REPORTED) ? words(code) : GenderIdentity.valueOf(code).reportLabel());
        group(sheet, r, "Race/ethnicity (victims)", figures.raceEthnicity(),
                code -> code.equals(VocaQueries.NOT_REPORTED) || code.equals(VocaQueries.MULTIPLE_RACES) ? words(code)
                        : RaceEthnicity.valueOf(code).reportLabel());
    }

    private void certification(VocaFigures.Certification c) {
        Sheet sheet = topic("State certification", List.of("Line", "Amount"), 60, 20);
        int r = 1;
        r = moneyRow(sheet, r, "Total paid to or on behalf of victims, all sources", c.totalPaid());
        r = moneyRow(sheet, r, "Less: paid from federal funds (VOCA grant and other federal)", c.federalFunds());
        r = moneyRow(sheet, r, "    of which the VOCA grant", c.vocaGrant());
        r = moneyRow(sheet, r, "    of which other federal funds", c.otherFederal());
        r = moneyRow(sheet, r, "Less: property damage paid from state funds", c.propertyDamage());
        r = moneyRow(sheet, r, "Equals: state-funded payouts", c.stateFundedPayouts());
        r = moneyRow(sheet, r, "Estimated federal grant (" + VocaQueries.FEDERAL_SHARE_IN_WORDS + " of state-funded payouts)", c.estimatedFederalGrant());
        r = pair(sheet, r, "Grant this certification feeds", "FY" + c.grantFiscalYear()
                + " VOCA compensation formula grant (payouts of fiscal year N set the grant of year N+2)");
        r = pair(sheet, r, "Caveat", VocaDefinitions.PRO_RATA_CAVEAT);
        r++;
        Row awards = sheet.createRow(r++);
        textCell(awards, 0, "Federal funds by source and grant award", header);
        for (VocaFigures.Amount award : c.federalByGrantAward()) {
            r = moneyRow(sheet, r, award.label(), award.amount());
        }
        r++;
        Row revenue = sheet.createRow(r++);
        textCell(revenue, 0, "Revenue sources", header);
        for (VocaFigures.Amount source : c.revenueSources()) {
            r = moneyRow(sheet, r, source.label(), source.amount());
        }
        r++;
        Row recoveries = sheet.createRow(r++);
        textCell(recoveries, 0, "Recoveries (listed, not deducted)", header);
        for (VocaFigures.Amount recovery : c.recoveries()) {
            r = moneyRow(sheet, r, words(recovery.label()), recovery.amount());
        }
    }

    /** A rerun of a submitted quarter: what differs from the submitted figures, by how much, and why. */
    private void sinceSubmission(VocaReportJobConfiguration.SinceSubmission since) {
        Sheet sheet = topic("Since submission", List.of("Figure", "Submitted", "This run", "Change"), 50, 16, 16, 16);
        int r = 1;
        r = pair(sheet, r, "Submitted by", since.submittedBy() + " at " + since.submittedAt());
        if (since.differences().isEmpty()) {
            pair(sheet, r, "Result", "Every figure is as submitted.");
            return;
        }
        for (PeriodFlows.Difference difference : since.differences()) {
            Row row = sheet.createRow(r++);
            textCell(row, 0, difference.figure(), null);
            plainNumber(row, 1, difference.submitted());
            plainNumber(row, 2, difference.rerun());
            plainNumber(row, 3, difference.change());
        }
        for (String reason : since.reasons()) {
            r = pair(sheet, r, "Why", reason);
        }
    }

    /** The PMT year is the sum of the submitted quarters; the year recomputed is shown beside it. */
    private void yearFromQuarters(List<PeriodFlows.YearLine> year) {
        Sheet sheet = topic("Year from submitted quarters", List.of("Figure", "Q1", "Q2", "Q3", "Q4",
                "Sum of submitted quarters", "Year recomputed"), 46, 12, 12, 12, 12, 24, 18);
        int r = 1;
        for (PeriodFlows.YearLine line : year) {
            Row row = sheet.createRow(r++);
            textCell(row, 0, line.figure(), null);
            for (int q = 0; q < 4; q++) {
                if (line.quarters().get(q) != null) {
                    plainNumber(row, 1 + q, line.quarters().get(q));
                }
            }
            plainNumber(row, 5, line.sumOfQuarters());
            plainNumber(row, 6, line.recomputed());
        }
    }

    /** Counts and money side by side in one column: money keeps its cents. */
    private void plainNumber(Row row, int column, BigDecimal value) {
        if (value.scale() > 0) {
            moneyCell(row, column, value);
        } else {
            countCell(row, column, value.longValueExact());
        }
    }

    private Sheet topic(String name, List<String> headers, int... widths) {
        Sheet sheet = printable(workbook.createSheet(name));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            textCell(row, i, headers.get(i), header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Printed (or saved as PDF) one page wide, landscape, with the header row repeated. */
    private static Sheet printable(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getPrintSetup().setLandscape(true);
        return sheet;
    }

    /** Victimization among claims received and among claims paid, one line per value seen in either. */
    private int receivedAndPaid(Sheet sheet, int r, String group, List<VocaFigures.Count> received, Map<String, Long> paid,
                                UnaryOperator<String> name) {
        Map<String, Long> byLabel = received.stream().collect(Collectors.toMap(VocaFigures.Count::label, VocaFigures.Count::count));
        SortedSet<String> labels = new TreeSet<>(byLabel.keySet());
        labels.addAll(paid.keySet());
        for (String label : labels) {
            Row row = sheet.createRow(r++);
            textCell(row, 0, group, null);
            textCell(row, 1, name.apply(label), null);
            countCell(row, 2, byLabel.getOrDefault(label, 0L));
            countCell(row, 3, paid.getOrDefault(label, 0L));
        }
        return r;
    }

    private int group(Sheet sheet, int r, String group, List<VocaFigures.Count> counts, UnaryOperator<String> name) {
        for (VocaFigures.Count line : counts) {
            Row row = sheet.createRow(r++);
            textCell(row, 0, group, null);
            textCell(row, 1, name.apply(line.label()), null);
            countCell(row, 2, line.count());
        }
        return r;
    }

    private int pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        textCell(row, 0, label, header);
        textCell(row, 1, value, text);
        fitWrappedText(row, value);
        return r + 1;
    }

    /** Streaming rows are not measured by spreadsheet programs on open: give wrapped text its lines. */
    private static void fitWrappedText(Row row, String value) {
        int lines = Math.max(1, (value.length() + COVER_TEXT_CHARS - 1) / COVER_TEXT_CHARS);
        row.setHeightInPoints(lines * 15f);
    }

    private int countRow(Sheet sheet, int r, String label, long value) {
        Row row = sheet.createRow(r);
        textCell(row, 0, label, null);
        countCell(row, 1, value);
        return r + 1;
    }

    private int moneyRow(Sheet sheet, int r, String label, BigDecimal value) {
        Row row = sheet.createRow(r);
        textCell(row, 0, label, null);
        moneyCell(row, 1, value);
        return r + 1;
    }

    /** An amount on its own row that belongs to a count elsewhere (the emergency awards' amount). */
    private int moneyRow(Sheet sheet, int r, String label, BigDecimal value, long countItBelongsTo) {
        Row row = sheet.createRow(r);
        textCell(row, 0, label, null);
        moneyBeside(row, 1, value, countItBelongsTo);
        return r + 1;
    }

    private int decimalRow(Sheet sheet, int r, String label, BigDecimal value) {
        Row row = sheet.createRow(r);
        textCell(row, 0, label, null);
        if (value != null) {
            Cell cell = row.createCell(1);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(decimal);
        }
        return r + 1;
    }

    /** Whether this copy leaves the count blank: from 1 to suppressBelow - 1 on the publication copy. */
    private boolean suppressed(long count) {
        return suppressBelow > 0 && count > 0 && count < suppressBelow;
    }

    private void countCell(Row row, int column, long value) {
        if (suppressed(value)) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(count);
    }

    /**
     * An amount paid for {@code count} claims or payments: blank where the count is, since an amount can
     * tell how few it paid for (one emergency award near the cap, one funeral at the funeral limit).
     */
    private void moneyBeside(Row row, int column, BigDecimal value, long count) {
        if (!suppressed(count)) {
            moneyCell(row, column, value);
        }
    }

    private void moneyCell(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(currency);
    }

    private static void textCell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A crime type or, for a type the PMT divides, its sub-type line ("Human trafficking: labor"). */
    private static String crimeLine(String code) {
        if (code.endsWith(VocaQueries.NOT_SPECIFIED)) {
            return words(code.substring(0, code.length() - VocaQueries.NOT_SPECIFIED.length())) + ": sub-type not specified";
        }
        for (CrimeSubType subType : CrimeSubType.values()) {
            if (subType.name().equals(code)) {
                return subType.reportLabel();
            }
        }
        return words(code);
    }

    /** MEDICAL_DENTAL → "Medical dental", AGE_13_17 → "13-17", AGE_60_PLUS → "60+"; self-reported labels as they are. */
    private static String words(String code) {
        if (!code.matches("[A-Z0-9_]+")) {
            return code;
        }
        if (code.equals("DUI_DWI")) {
            return "DUI/DWI";
        }
        if (code.equals("AGE_60_PLUS")) {
            return "60+";
        }
        if (code.startsWith("AGE_")) {
            return code.substring(4).replace('_', '-');
        }
        String spaced = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
