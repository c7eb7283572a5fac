package org.forecourt.imports.internal.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the delimiter of a CSV/TSV text among comma, semicolon and tab from its first records: the winner is the
 * candidate that appears the same number of times (more than zero) in the most records, then the one with more
 * columns. Delimiters inside quoted fields do not count. Excel's {@code sep=;} first line, when present, decides.
 */
final class DelimiterSniffer {

    static final char[] CANDIDATES = {',', '\t', ';'};
    private static final int MAX_RECORDS = 100;

    /** The result: the delimiter and whether the text starts with a {@code sep=} line that must be skipped. */
    record Result(char delimiter, boolean sepLine) {
    }

    private DelimiterSniffer() {
    }

    static Result sniff(String sample) {
        int firstEnd = indexOfLineEnd(sample);
        String firstLine = firstEnd < 0 ? sample : sample.substring(0, firstEnd); // not trimmed: "sep=\t"
        if (firstLine.length() == 5 && firstLine.regionMatches(true, 0, "sep=", 0, 4)) {
            return new Result(firstLine.charAt(4), true);
        }
        List<Map<Character, Integer>> records = countPerRecord(sample);
        char best = ',';
        double bestConsistency = 0;
        int bestColumns = 0;
        for (char candidate : CANDIDATES) {
            Map<Integer, Integer> histogram = new HashMap<>();
            int nonEmpty = 0;
            for (Map<Character, Integer> record : records) {
                int count = record.getOrDefault(candidate, 0);
                histogram.merge(count, 1, Integer::sum);
                nonEmpty++;
            }
            int mode = 0;
            int modeFrequency = 0;
            for (Map.Entry<Integer, Integer> e : histogram.entrySet()) {
                if (e.getKey() > 0 && (e.getValue() > modeFrequency
                        || e.getValue() == modeFrequency && e.getKey() > mode)) {
                    mode = e.getKey();
                    modeFrequency = e.getValue();
                }
            }
            if (mode == 0 || nonEmpty == 0) {
                continue;
            }
            double consistency = (double) modeFrequency / nonEmpty;
            if (consistency > bestConsistency + 1e-9
                    || Math.abs(consistency - bestConsistency) <= 1e-9 && mode > bestColumns) {
                best = candidate;
                bestConsistency = consistency;
                bestColumns = mode;
            }
        }
        return new Result(best, false);
    }

    /** Counts each candidate outside quotes, per non-blank record, for the first records of the sample. */
    private static List<Map<Character, Integer>> countPerRecord(String sample) {
        List<Map<Character, Integer>> records = new ArrayList<>();
        Map<Character, Integer> current = new HashMap<>();
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < sample.length() && records.size() < MAX_RECORDS; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote toggles twice
                content = true;
            } else if (quoted) {
                continue;
            } else if (c == '\n' || c == '\r') {
                if (content) {
                    records.add(current);
                }
                current = new HashMap<>();
                content = false;
            } else if (c == ',' || c == ';' || c == '\t') {
                current.merge(c, 1, Integer::sum);
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        if (content && records.size() < MAX_RECORDS) {
            records.add(current);
        }
        return records;
    }

    private static int indexOfLineEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
