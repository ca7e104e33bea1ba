package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatasetsDocTest {
  @Test
  void committedDocMatchesTheRegistry() throws IOException {
    String committed = Files.readString(Path.of("docs/datasets.md"), StandardCharsets.UTF_8);
    assertEquals(
        Datasets.markdown(), committed, "docs/datasets.md is stale: run scripts/regen-datasets-doc.sh and commit it");
  }

  @Test
  void aChildDatasetsNestedRowIsItsColumnsWithoutThoseItSharesWithTheReport() {
    assertEquals(
        "table,template,block,row,col,raw,semantic,value,unit,amount_yuan,confidence,line",
        String.join(",", Datasets.CELLS.nestedColumns().stream().map(Column::name).toList()));
    assertEquals(
        "report_id,file,report_year,table,template,block,row,col,raw,semantic,value,unit,amount_yuan,confidence,line",
        String.join(",", Datasets.CELLS.schema().fieldNames()));
  }

  @Test
  void wideTablesTakeTheSpecKeys() {
    assertEquals(
        "report_id,report_year,template_t3,applicant,new_received,carried_over,granted,partial,denied_state_secret,"
            + "denied_other_law,denied_three_security_one_stability,denied_third_party,denied_internal_affairs,"
            + "denied_process_info,denied_enforcement_file,denied_admin_query,unable_not_held,unable_need_creation,"
            + "unable_still_unclear,notproc_petition,notproc_repeat,notproc_publication,notproc_massive,"
            + "notproc_confirm,other_handling,other_no_correction,other_fee_unpaid,other_other,result_total,"
            + "carried_forward,unreadable_cells",
        String.join(",", Datasets.REQUESTS.schema().fieldNames()));
  }
}
