package org.forecourt.persistence;

import java.math.BigInteger;
import java.util.Comparator;

/** Orders Flyway file names by version ({@code V2__a.sql} before {@code V10__b.sql}). */
final class MigrationOrder implements Comparator<MigrationSource.Script> {

    static final MigrationOrder INSTANCE = new MigrationOrder();

    @Override
    public int compare(MigrationSource.Script a, MigrationSource.Script b) {
        String[] va = version(a.fileName());
        String[] vb = version(b.fileName());
        for (int i = 0; i < Math.max(va.length, vb.length); i++) {
            BigInteger x = i < va.length ? number(va[i]) : BigInteger.ZERO;
            BigInteger y = i < vb.length ? number(vb[i]) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return a.fileName().compareTo(b.fileName());
    }

    private static String[] version(String fileName) {
        int sep = fileName.indexOf("__");
        String v = sep > 1 ? fileName.substring(1, sep) : "";
        return v.split("[._]");
    }

    private static BigInteger number(String s) {
        try {
            return new BigInteger(s);
        } catch (NumberFormatException e) {
            return BigInteger.ZERO;
        }
    }
}
