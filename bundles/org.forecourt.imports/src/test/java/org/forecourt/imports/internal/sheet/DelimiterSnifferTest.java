package org.forecourt.imports.internal.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterSnifferTest {

    private static char sniff(String sample) {
        return DelimiterSniffer.sniff(sample).delimiter();
    }

    @Test
    void picksTheConsistentDelimiter() {
        assertThat(sniff("a,b,c\n1,2,3\n4,5,6\n")).isEqualTo(',');
        assertThat(sniff("a;b;c\n1;2;3\n")).isEqualTo(';');
        assertThat(sniff("a\tb\tc\r\n1\t2\t3\r\n")).isEqualTo('\t');
        // European Excel: semicolons, with decimal commas in the values
        assertThat(sniff("名称;价格;数量\n机油;1,5;2\n滤芯;12,75;1\n")).isEqualTo(';');
        // addresses with commas, but tab-separated
        assertThat(sniff("姓名\t地址\n张三\t北京市,朝阳区\n李四\t上海市\n")).isEqualTo('\t');
    }

    @Test
    void ignoresDelimitersInsideQuotes() {
        assertThat(sniff("姓名;备注\n张三;\"a,b,c,d\"\n李四;\"x,\"\"y\"\",z\"\n")).isEqualTo(';');
        assertThat(sniff("name,note\n\"a;b;c\",x\n\"multi\nline;;;\",y\n")).isEqualTo(',');
    }

    @Test
    void singleColumnAndSepLine() {
        assertThat(sniff("姓名\n张三\n李四\n")).isEqualTo(',');
        DelimiterSniffer.Result sep = DelimiterSniffer.sniff("sep=\t\n姓名,地址\n");
        assertThat(sep.delimiter()).isEqualTo('\t');
        assertThat(sep.sepLine()).isTrue();
        assertThat(DelimiterSniffer.sniff("a,b\n").sepLine()).isFalse();
    }
}
