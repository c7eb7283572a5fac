package org.forecourt.demo.internal;

import java.time.LocalDate;
import java.util.Random;

import org.forecourt.core.api.validation.ChineseIdCard;
import org.forecourt.core.api.validation.Vin;

/** Deterministic, valid Chinese identities for demo customers and vehicles (check digits computed, never faked). */
final class DemoIdentities {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
        "娟", "涛", "明", "超", "秀英", "华", "慧", "建国", "小红", "子涵", "浩然", "雨桐", "欣怡", "志强", "海燕",
        "俊杰", "晓明", "文博", "思远", "佳怡", "宇轩", "梓萱", "一鸣"};
    private static final String MOBILE_PREFIXES = "130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 "
            + "166 176 177 180 181 186 187 188 189 191 198 199";
    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final String PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private final Random random;

    DemoIdentities(long seed) {
        this.random = new Random(seed);
    }

    String personName() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    String mobile() {
        String[] prefixes = MOBILE_PREFIXES.split(" ");
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A valid 18-digit resident ID for the given 6-digit region, born between 1960 and 2002. */
    String idCard(String region) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 42));
        String body = region + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return body + ChineseIdCard.checkDigit(body);
    }

    /** A valid VIN with the given world manufacturer identifier and model-year code. */
    String vin(String wmi, char yearCode) {
        StringBuilder vin = new StringBuilder(wmi);
        for (int i = 0; i < 5; i++) {
            vin.append(VIN_CHARS.charAt(random.nextInt(VIN_CHARS.length())));
        }
        vin.append('0').append(yearCode).append('S');
        vin.append(String.format("%06d", random.nextInt(1_000_000)));
        vin.setCharAt(8, Vin.checkDigit(vin.toString()));
        return vin.toString();
    }

    /** An ordinary plate (province + authority letter + 5), or a small new-energy plate (D/F + 5). */
    String plate(String prefix, boolean newEnergy) {
        StringBuilder plate = new StringBuilder(prefix);
        if (newEnergy) {
            plate.append(random.nextBoolean() ? 'D' : 'F');
            plate.append(PLATE_CHARS.charAt(random.nextInt(PLATE_CHARS.length())));
            plate.append(String.format("%04d", random.nextInt(10_000)));
        } else {
            for (int i = 0; i < 5; i++) {
                plate.append(i < 4 && random.nextInt(3) == 0 ? PLATE_CHARS.charAt(random.nextInt(24))
                        : (char) ('0' + random.nextInt(10)));
            }
        }
        return plate.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
