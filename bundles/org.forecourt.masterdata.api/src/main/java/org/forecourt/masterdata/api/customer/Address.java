package org.forecourt.masterdata.api.customer;

/**
 * A postal address as staff type it (省 / 市 / 区 / street and number). Every part is optional free text.
 *
 * @param province e.g. 上海市, 广东省
 * @param city     e.g. 上海市, 深圳市
 * @param district e.g. 浦东新区
 * @param street   street, number, building, room
 */
public record Address(String province, String city, String district, String street) {

    public static final Address EMPTY = new Address(null, null, null, null);

    public boolean isEmpty() {
        return blank(province) && blank(city) && blank(district) && blank(street);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
