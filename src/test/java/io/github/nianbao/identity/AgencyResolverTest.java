package io.github.nianbao.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyResolverTest {

    private static final AgencyResolver R = AgencyResolver.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "淮安市洪泽区人民政府, 320813, county, government, 320813/人民政府, 江苏省淮安市洪泽区",
        "洪泽区人民政府, 320813, county, government, 320813/人民政府, 江苏省淮安市洪泽区",
        "淮安市人民政府, 320800, city, government, 320800/人民政府, 江苏省淮安市",
        "阜新市海州区, 210902, county, government, 210902/人民政府, 辽宁省阜新市海州区",
        "三明市人民政府, 350400, city, government, 350400/人民政府, 福建省三明市",
        "莆田市科技局, 350300, city, department, 350300/科技局, 福建省莆田市",
        "莆田市水利局, 350300, city, department, 350300/水利局, 福建省莆田市",
        "上海市, 310000, province, government, 310000/人民政府, 上海市",
        "上海市浦东新区人民政府, 310115, county, government, 310115/人民政府, 上海市浦东新区",
        "长春市朝阳区人民政府, 220104, county, government, 220104/人民政府, 吉林省长春市朝阳区",
        "北京市朝阳区人民政府, 110105, county, government, 110105/人民政府, 北京市朝阳区",
        "福州市鼓楼区人民政府办公室, 350102, county, government_office, 350102/人民政府办公室, 福建省福州市鼓楼区",
        "湖北省卫生健康委员会, 420000, province, department, 420000/卫生健康委员会, 湖北省",
        "山东省市场监督管理厅, 370000, province, department, 370000/市场监督管理厅, 山东省",
        "辽宁省住房和城乡建设厅, 210000, province, department, 210000/住房和城乡建设厅, 辽宁省",
        "盐城市交通运输局, 320900, city, department, 320900/交通运输局, 江苏省盐城市",
        "淮安市人民政府办公室, 320800, city, government_office, 320800/人民政府办公室, 江苏省淮安市",
        "江苏省人民政府办公厅, 320000, province, government_office, 320000/人民政府办公室, 江苏省",
        "阜新市太平区人民政府, 210904, county, government, 210904/人民政府, 辽宁省阜新市太平区",
        "淮安市洪泽区高良涧街道办事处, 320813, township, government, 320813/高良涧街道/人民政府, 江苏省淮安市洪泽区高良涧街道",
        "淮安市 洪泽区 人民政府, 320813, county, government, 320813/人民政府, 江苏省淮安市洪泽区",
    })
    void resolves(String name, String code, String level, String type, String key, String regionName) {
        AgencyIdentity id = R.resolve(name, 2023);
        assertEquals(code, id.regionCode(), () -> id.toString());
        assertEquals(level, id.level().id());
        assertEquals(type, id.agencyType().id());
        assertEquals(key, id.agencyKey());
        assertEquals(regionName, id.regionName());
    }

    @Test
    void oneAgencyOneKeyAcrossSpellings() {
        assertEquals(R.resolve("洪泽区人民政府", 2023).agencyKey(), R.resolve("淮安市洪泽区人民政府", 2024).agencyKey());
        assertEquals(R.resolve("阜新市海州区", 2024).agencyKey(), R.resolve("阜新市海州区人民政府", 2023).agencyKey());
        assertEquals(R.resolve("三明市人民政府办公室", 2021).agencyKey(), R.resolve("三明市政府办", 2022).agencyKey());
    }

    @Test
    void formerDivisionGivesItsSuccessorWithAnInfo() {
        AgencyIdentity id = R.resolve("洪泽县人民政府", 2015);
        assertEquals("320813", id.regionCode());
        assertEquals("320813/人民政府", id.agencyKey());
        Diagnostic d = id.diagnostics().get(0);
        assertEquals(DiagnosticCode.REGION_RENAMED, d.code());
        assertEquals(Severity.INFO, d.severity());
        assertTrue(d.message().contains("320829") && d.message().contains("320813"), d.message());
        assertEquals("130502", R.resolve("邢台市桥东区人民政府", 2019).regionCode()); // renamed 襄都区, same code
    }

    @Test
    void ambiguousNamesGiveNullAndSayWhy() {
        for (String name : new String[] {"朝阳区人民政府", "鼓楼区人民政府", "鼓楼区教育局"}) {
            AgencyIdentity id = R.resolve(name, 2023);
            assertNull(id.regionCode(), name);
            assertNull(id.regionName());
            assertNull(id.level());
            assertEquals(DiagnosticCode.REGION_AMBIGUOUS, id.diagnostics().get(0).code());
            assertEquals(Severity.INFO, id.diagnostics().get(0).severity());
            assertEquals("name/" + name, id.agencyKey());
        }
        String why = R.resolve("鼓楼区人民政府", 2023).diagnostics().get(0).message();
        for (String code : new String[] {"320106", "320302", "350102", "410204"}) {
            assertTrue(why.contains(code), why);
        }
        assertTrue(R.resolve("朝阳区人民政府", null).diagnostics().get(0).message().contains("110105"));
    }

    @Test
    void unknownOrMisplacedNamesGiveNullAndSayWhy() {
        for (String name : new String[] {"韶关市延平区人民政府", "洛阳市镜湖区人民政府", "韶关市镕堃区人民政府",
            "阜新市西工区人民政府", "平潭综合实验区管委会", "国家统计局", "湖州市涪城区人民政府"}) {
            AgencyIdentity id = R.resolve(name, 2023);
            assertNull(id.regionCode(), () -> name + " → " + id);
            assertEquals(DiagnosticCode.REGION_UNKNOWN, id.diagnostics().get(0).code(), name);
        }
        String why = R.resolve("韶关市延平区人民政府", 2019).diagnostics().get(0).message();
        assertTrue(why.contains("延平区 is not a division of 广东省韶关市") && why.contains("350702"), why);
        assertEquals(AgencyType.GOVERNMENT, R.resolve("韶关市延平区人民政府", 2019).agencyType());
    }

    @Test
    void noAgencyName() {
        AgencyIdentity id = R.resolve(null, 2020);
        assertNull(id.regionCode());
        assertNull(id.agencyKey());
        assertEquals(DiagnosticCode.REGION_UNKNOWN, id.diagnostics().get(0).code());
    }

    @Test
    void yearRulesOutDivisionsThatNoLongerExisted() {
        // 清河区: 铁岭市 (current) and 淮安市 (merged into 清江浦区 in 2016)
        assertEquals("211204", R.resolve("清河区人民政府", 2023).regionCode());
        assertNull(R.resolve("清河区人民政府", 2015).regionCode());
        assertEquals(DiagnosticCode.REGION_AMBIGUOUS, R.resolve("清河区人民政府", 2015).diagnostics().get(0).code());
    }

    @Test
    void tableKnowsEveryCurrentCodeOnce() {
        DivisionTable t = DivisionTable.standard();
        assertTrue(t.divisions().size() > 3000);
        for (Division d : t.divisions()) {
            assertTrue(d.code().matches("\\d{6}"), d.toString());
            if (!d.isCurrent() && d.successor() != null) {
                assertTrue(t.current(d.successor()).isPresent(), d.toString());
            }
        }
        assertEquals("洪泽区", t.current("320813").orElseThrow().name());
        assertEquals("320813", t.named("洪泽县").get(0).successor());
    }
}
