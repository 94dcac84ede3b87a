/*
 * msg_fi.c - every word fundplan says, in Finnish: terms of EURA decisions and decrees 866/2021 and
 * 867/2021. One entry per enum fp_msg (msgid.h): {the text, the memo reader's text for findings}.
 * Placeholders {1} ... are figures, written the Finnish way by msg.c. Glossary: docs/glossary.md.
 * SPDX-License-Identifier: MIT
 */
#include "msg.h"

const struct fp_msg_text fp_msg_fi[FP_MSG_COUNT] = {

    /* ---- severities */
    [FP_M_SEV_NOTE] = {"huomautus", NULL},
    [FP_M_SEV_WARNING] = {"varoitus", NULL},
    [FP_M_SEV_ERROR] = {"virhe", NULL},
    [FP_M_SEVD_NOTE] = {"Huomautus", NULL},
    [FP_M_SEVD_WARNING] = {"Varoitus", NULL},
    [FP_M_SEVD_ERROR] = {"Virhe", NULL},
    [FP_M_MORE_E1] = {"1 virhe lisää jäi näyttämättä", NULL},
    [FP_M_MORE_E] = {"{1} virhettä lisää jäi näyttämättä", NULL},
    [FP_M_MORE_W1] = {"1 varoitus lisää jäi näyttämättä", NULL},
    [FP_M_MORE_W] = {"{2} varoitusta lisää jäi näyttämättä", NULL},
    [FP_M_MORE_E1_W1] = {"1 virhe ja 1 varoitus lisää jäivät näyttämättä", NULL},
    [FP_M_MORE_E1_W] = {"1 virhe ja {2} varoitusta lisää jäivät näyttämättä", NULL},
    [FP_M_MORE_E_W1] = {"{1} virhettä ja 1 varoitus lisää jäivät näyttämättä", NULL},
    [FP_M_MORE_E_W] = {"{1} virhettä ja {2} varoitusta lisää jäivät näyttämättä", NULL},

    /* ---- cost categories (enum fp_cost order) */
    [FP_M_COST_STAFF] = {"Henkilöstökustannukset", NULL},
    [FP_M_COST_FLAT_RATE] = {"Prosenttimääräinen korvaus (flat rate)", NULL},
    [FP_M_COST_PURCHASED] = {"Ostopalvelut", NULL},
    [FP_M_COST_TRAVEL] = {"Matkakustannukset", NULL},
    [FP_M_COST_EQUIPMENT] = {"Kone- ja laitehankinnat", NULL},
    [FP_M_COST_CONSTRUCTION] = {"Rakentaminen", NULL},
    [FP_M_COST_OTHER] = {"Muut kustannukset", NULL},
    [FP_M_COST_IN_KIND] = {"Talkootyö", NULL},
    [FP_M_COST_LUMP_SUM] = {"Kertakorvaus", NULL},

    /* ---- financing sources (enum fp_source order) */
    [FP_M_SRC_AIKO] = {"AIKO-rahoitus", NULL},
    [FP_M_SRC_AKKE] = {"AKKE-rahoitus", NULL},
    [FP_M_SRC_EAKR] = {"EAKR- ja valtion rahoitus", NULL},
    [FP_M_SRC_MUNICIPAL] = {"Kuntarahoitus", NULL},
    [FP_M_SRC_OTHER_PUBLIC] = {"Muu julkinen rahoitus", NULL},
    [FP_M_SRC_PRIVATE] = {"Yksityinen rahoitus", NULL},
    [FP_M_SRC_IN_KIND] = {"Talkootyö", NULL},

    /* ---- a source as the object of "grants ... X" (enum fp_source order): Finnish needs the
       partitive */
    [FP_M_GRANT_AIKO] = {"AIKO-rahoitusta", NULL},
    [FP_M_GRANT_AKKE] = {"AKKE-rahoitusta", NULL},
    [FP_M_GRANT_EAKR] = {"EAKR- ja valtion rahoitusta", NULL},
    [FP_M_GRANT_MUNICIPAL] = {"kuntarahoitusta", NULL},
    [FP_M_GRANT_OTHER_PUBLIC] = {"muuta julkista rahoitusta", NULL},
    [FP_M_GRANT_PRIVATE] = {"yksityistä rahoitusta", NULL},
    [FP_M_GRANT_IN_KIND] = {"talkootyötä", NULL},

    /* ---- report labels (enum fp_text order) */
    [FP_M_T_COST_ESTIMATE] = {"Kustannusarvio", NULL},
    [FP_M_T_FINANCING_PLAN] = {"Rahoitussuunnitelma", NULL},
    [FP_M_T_TOTAL_COSTS] = {"Kokonaiskustannukset", NULL},
    [FP_M_T_INCOME] = {"./. Tulot", NULL},
    [FP_M_T_NET_COSTS] = {"Rahoitettavat nettomenot", NULL},
    [FP_M_T_TOTAL_FINANCING] = {"Rahoitus yhteensä", NULL},
    [FP_M_T_SUPPORT] = {"Tuki", NULL},
    [FP_M_T_SUPPORT_RATE] = {"Tuen osuus", NULL},
    [FP_M_T_MAX_RATE] = {"Tuen enimmäisosuus", NULL},
    [FP_M_T_PUBLIC_SHARE] = {"Julkisen rahoituksen osuus", NULL},
    [FP_M_T_SHARE] = {"Osuus", NULL},
    [FP_M_T_AMOUNT] = {"Euroa", NULL},
    [FP_M_T_TOTAL] = {"Yhteensä", NULL},
    [FP_M_T_YEAR] = {"Vuosi", NULL},
    [FP_M_T_PROJECT] = {"Hanke", NULL},
    [FP_M_T_CASE_ID] = {"Diaarinumero", NULL},
    [FP_M_T_APPLICANT] = {"Hakija", NULL},
    [FP_M_T_PARTNERS] = {"Osatoteuttajat", NULL},
    [FP_M_T_FUNDER] = {"Rahoittaja", NULL},
    [FP_M_T_INSTRUMENT] = {"Rahoitusmuoto", NULL},
    [FP_M_T_PERIOD] = {"Toteutusaika", NULL},
    [FP_M_T_MONTHS] = {"kk", NULL},
    [FP_M_T_SUMMARY] = {"Tiivistelmä", NULL},
    [FP_M_T_GOALS] = {"Tavoitteet", NULL},
    [FP_M_T_ACTIONS] = {"Toimenpiteet", NULL},
    [FP_M_T_PREPARER] = {"Valmistelija", NULL},
    [FP_M_T_FINDINGS] = {"Tarkistukset", NULL},
    [FP_M_T_ERROR] = {"virhe", NULL},
    [FP_M_T_WARNING] = {"varoitus", NULL},
    [FP_M_T_LINE] = {"rivi", NULL},
    [FP_M_T_BALANCE] = {"Rahoitus − nettomenot", NULL},
    [FP_M_T_PROGRAMME] = {"Ohjelmakausi", NULL},
    [FP_M_T_PRIORITY] = {"Toimintalinja", NULL},
    [FP_M_T_OBJECTIVE] = {"Erityistavoite", NULL},
    [FP_M_T_APPLICATION] = {"Hakemusnumero", NULL},
    [FP_M_T_TARGET_AREA] = {"Kohdealue", NULL},
    [FP_M_T_REGION] = {"Maakunta", NULL},
    [FP_M_T_PRESENTER] = {"Esittelijä", NULL},
    [FP_M_T_ASSESSMENT] = {"Rahoittajan arvio", NULL},
    [FP_M_T_COST_MODEL] = {"Kustannusmalli", NULL},
    [FP_M_T_PROJECT_TYPE] = {"Hanketyyppi", NULL},
    [FP_M_T_CALL] = {"Rahoitushaku", NULL},
    [FP_M_T_EU_PART] = {"josta EU:n osuus", NULL},
    [FP_M_T_STATE_PART] = {"josta valtion osuus", NULL},
    [FP_M_T_MAX_SUPPORT] = {"Suurin sallittu tuki", NULL},
    [FP_M_T_DEVELOPMENT] = {"kehittämishanke", NULL},
    [FP_M_T_INVESTMENT] = {"investointihanke", NULL},
    [FP_M_T_MODEL_ACTUAL] = {"tosiasialliset kustannukset", NULL},
    [FP_M_T_MODEL_FLAT] = {"prosenttimääräinen korvaus (flat rate)", NULL},
    [FP_M_T_MODEL_LUMP] = {"kertakorvaus", NULL},
    [FP_M_T_OF_STAFF] = {"henkilöstökustannuksista", NULL},
    [FP_M_T_OF_DIRECT] = {"välittömistä kustannuksista", NULL},

    /* ---- instruments */
    [FP_M_INSTR_AIKO] = {"AIKO – alueelliset innovaatiot ja kokeilut", NULL},
    [FP_M_INSTR_AKKE] = {"AKKE – alueiden kestävän kasvun ja elinvoiman tukeminen", NULL},
    [FP_M_INSTR_EAKR] = {"EAKR – Euroopan aluekehitysrahasto ja valtion vastinrahoitus", NULL},

    /* ---- kinds of file, as the subject of a sentence */
    [FP_M_WHAT_PLAN] = {"suunnitelma", NULL},
    [FP_M_WHAT_CALL] = {"rahoitushaun tiedosto", NULL},
    [FP_M_FILE_UTF16] = {"UTF-16-tekstiä", NULL},
    [FP_M_FILE_ZIP] = {"ZIP-arkisto (.xlsx-, .docx- tai .odt-asiakirja?)", NULL},
    [FP_M_FILE_PDF] = {"PDF-asiakirja", NULL},
    [FP_M_FILE_OLE] = {"vanha Office-asiakirja (.xls tai .doc)", NULL},
    [FP_M_FILE_RTF] = {"RTF-asiakirja", NULL},

    /* ---- terms used inside sentences */
    [FP_M_TERM_NET_COSTS] = {"nettokustannuksista", NULL},
    [FP_M_TERM_TOTAL_COSTS] = {"kokonaiskustannuksista", NULL},
    [FP_M_TERM_STAFF_COSTS] = {"henkilöstökustannuksista", NULL},
    [FP_M_TERM_DIRECT_COSTS] = {"välittömistä kustannuksista", NULL},
    [FP_M_TERM_OF_FINANCING] = {"kokonaisrahoituksesta", NULL},
    [FP_M_TERM_OF_TOTAL_COSTS] = {"kokonaiskustannuksista", NULL},
    [FP_M_TERM_PLAN_RULES] = {"suunnitelman [rules]-osio", NULL},
    [FP_M_TERM_DEFAULT_RULES] = {"rahoitusmuodon säännöt", NULL},

    /* ---- why a value is not accepted */
    [FP_M_WHY_EMPTY] = {"arvo on tyhjä", NULL},
    [FP_M_WHY_AMOUNT_MARKS] = {"erota tuhannet välilyönnein, ei pistein tai pilkuin (1 234 567,89)",
                               NULL},
    [FP_M_WHY_AMOUNT_NEGATIVE] = {"negatiiviset luvut eivät käy", NULL},
    [FP_M_WHY_AMOUNT_SIGN] = {"kirjoita luku ilman etumerkkiä", NULL},
    [FP_M_WHY_AMOUNT_NOT_DIGIT] = {"se ei ala numerolla", NULL},
    [FP_M_WHY_AMOUNT_HEX] = {"heksadesimaaliluku ei ole rahasumma", NULL},
    [FP_M_WHY_AMOUNT_LEADING_ZERO] = {"alussa ei saa olla nollaa (kirjoita 10, ei 010)", NULL},
    [FP_M_WHY_AMOUNT_DIGITS] = {"luvussa on liian monta numeroa", NULL},
    [FP_M_WHY_AMOUNT_GROUPING] = {"numerot ryhmitellään kolmen ryhmiin (1 234 567)", NULL},
    [FP_M_WHY_AMOUNT_DECIMALS] = {"desimaaleja saa olla enintään kaksi", NULL},
    [FP_M_WHY_AMOUNT_COMMA_END] = {"pilkun jälkeen tulevat desimaalit (1 234,56)", NULL},
    [FP_M_WHY_AMOUNT_POINT_END] = {"pisteen jälkeen tulevat desimaalit (1234.56)", NULL},
    [FP_M_WHY_AMOUNT_EXPONENT] = {"eksponenttimerkintä ei käy", NULL},
    [FP_M_WHY_AMOUNT_CHARS] = {"siinä on merkkejä, jotka eivät kuulu lukuun", NULL},
    [FP_M_WHY_AMOUNT_MAX] = {"suurin sallittu summa on 999 999 999 999,99", NULL},
    [FP_M_WHY_PERCENT_MAX] = {"prosenttiluku on enintään 100 %", NULL},
    [FP_M_WHY_DATE_EMPTY] = {"päivämäärä puuttuu", NULL},
    [FP_M_WHY_DATE_FORM] = {"se ei ole muotoa vuosi-kuukausi-päivä eikä päivä.kuukausi.vuosi",
                            NULL},
    [FP_M_WHY_DATE_YEAR_DIGITS] = {"vuosiluvussa pitää olla neljä numeroa", NULL},
    [FP_M_WHY_DATE_YEAR_RANGE] = {"vuoden pitää olla välillä 2000–2099", NULL},
    [FP_M_WHY_DATE_MONTH] = {"sellaista kuukautta ei ole", NULL},
    [FP_M_WHY_DATE_DAY] = {"kuukaudessa ei ole sellaista päivää", NULL},
    [FP_M_WHY_RULE_CHOICE] = {"sääntö ei tunne tätä sanaa", NULL},
    [FP_M_WHY_RULE_MODELS] =
        {"luettele kustannusmallit pilkuin erotettuina: actual, flat_rate, lump_sum", NULL},
    [FP_M_WHY_RULE_MONTHS] = {"kirjoita kuukausien määrä 1–240", NULL},
    [FP_M_WHY_ERRNO] = {"sitä ei voi lukea", NULL},
    [FP_M_WHY_FILE_ABSOLUTE] = {"se on absoluuttinen polku; nimeä tiedosto suunnitelman kansiossa",
                                NULL},
    [FP_M_WHY_FILE_FOLDER_UNREADABLE] = {"suunnitelman kansiota ei voi avata", NULL},
    [FP_M_WHY_FILE_DOTDOT] = {"se johtaa suunnitelman kansion ulkopuolelle ('..' ei käy)", NULL},
    [FP_M_WHY_FILE_SYMLINK] = {"se on symbolinen linkki, jota ei seurata", NULL},
    [FP_M_WHY_FILE_NOT_REGULAR] = {"se ei ole tavallinen tiedosto", NULL},
    [FP_M_WHY_FILE_MISSING] = {"tiedostoa ei ole", NULL},
    [FP_M_WHY_FILE_NOT_FOLDER] = {"osa polusta ei ole kansio", NULL},
    [FP_M_WHY_FILE_IS_FOLDER] = {"se on kansio eikä tiedosto", NULL},
    [FP_M_WHY_FILE_TOO_BIG] = {"se on suurempi kuin 1 MiB", NULL},
    [FP_M_WHY_FILE_NOT_UTF8] = {"se ei ole UTF-8-tekstiä; tallenna se UTF-8-muodossa", NULL},
    [FP_M_WHY_FILE_CONTROLS] = {"siinä on ohjausmerkkejä; tekstin pitää olla pelkkää UTF-8-tekstiä",
                                NULL},

    /* ---- system errors */
    [FP_M_ERRNO_ENOENT] = {"tiedostoa tai kansiota ei ole", NULL},
    [FP_M_ERRNO_EACCES] = {"käyttöoikeus puuttuu", NULL},
    [FP_M_ERRNO_ENOSPC] = {"levytila loppui", NULL},
    [FP_M_ERRNO_EROFS] = {"tiedostojärjestelmä on vain luku -tilassa", NULL},
    [FP_M_ERRNO_EISDIR] = {"on kansio", NULL},
    [FP_M_ERRNO_ENOTDIR] = {"ei ole kansio", NULL},
    [FP_M_ERRNO_EEXIST] = {"tiedosto on jo olemassa", NULL},
    [FP_M_ERRNO_ELOOP] = {"liian monta symbolista linkkiä", NULL},
    [FP_M_ERRNO_EIO] = {"siirräntävirhe", NULL},
    [FP_M_ERRNO_ENOMEM] = {"muisti loppui", NULL},
    [FP_M_ERRNO_EMFILE] = {"liian monta avointa tiedostoa", NULL},
    [FP_M_ERRNO_LONG] = {"tiedostonimi on liian pitkä", NULL},
    [FP_M_SYS_OOM] = {"muisti loppui", NULL},
    [FP_M_SYS_IS_FOLDER] =
        {"on kansio; anna suunnitelmatiedoston nimi (tai käytä komentoa 'fundplan build KANSIO')",
         NULL},
    [FP_M_SYS_NOT_REGULAR] = {"ei ole tavallinen tiedosto", NULL},
    [FP_M_SYS_CANNOT_OPEN] = {"ei voi avata: {1}", NULL},
    [FP_M_SYS_CANNOT_READ] = {"ei voi lukea: {1}", NULL},
    [FP_M_SYS_TOO_BIG] = {"tiedosto on suurempi kuin {1} tavua, joka on suunnitelman enimmäiskoko",
                          NULL},
    [FP_M_SYS_TOO_BIG_SIZE] = {"tiedosto on {1} tavua; suunnitelma saa olla enintään {2} tavua",
                               NULL},

    /* ---- finding titles (enum fp_code order) */
    [FP_M_CODE_READ] = {"Tiedostoa ei voi lukea", NULL},
    [FP_M_CODE_NOT_A_PLAN] = {"Ei rahoitussuunnitelma", NULL},
    [FP_M_CODE_ENCODING] = {"Virheellisiä merkkejä", NULL},
    [FP_M_CODE_LINE_TOO_LONG] = {"Liian pitkä merkintä", NULL},
    [FP_M_CODE_SYNTAX] = {"Lukukelvoton merkintä", NULL},
    [FP_M_CODE_BAD_NAME] = {"Virheellinen nimi", NULL},
    [FP_M_CODE_UNKNOWN_KEY] = {"Tuntematon tieto", NULL},
    [FP_M_CODE_UNKNOWN_SECTION] = {"Tuntematon osio", NULL},
    [FP_M_CODE_DUPLICATE_KEY] = {"Tieto annettu kahdesti", NULL},
    [FP_M_CODE_DUPLICATE_SECTION] = {"Osio annettu kahdesti", NULL},
    [FP_M_CODE_COMMENT_IN_VALUE] = {"Teksti katkesi", NULL},
    [FP_M_CODE_MISSING_KEY] = {"Pakollinen tieto puuttuu", NULL},
    [FP_M_CODE_BAD_AMOUNT] = {"Virheellinen summa", NULL},
    [FP_M_CODE_BAD_PERCENT] = {"Virheellinen prosenttiluku", NULL},
    [FP_M_CODE_BAD_DATE] = {"Virheellinen päivämäärä", NULL},
    [FP_M_CODE_BAD_VALUE] = {"Virheellinen arvo", NULL},
    [FP_M_CODE_BAD_FILE] = {"Liitettyä tekstiä ei voi lukea", NULL},
    [FP_M_CODE_PLACEHOLDER] = {"Mallipohjan tekstiä jäänyt suunnitelmaan", NULL},
    [FP_M_CODE_GLYPH_MISSING] = {"Merkkiä ei voi tulostaa", NULL},
    [FP_M_CODE_PERIOD_REVERSED] = {"Päättymispäivä ennen alkamispäivää", NULL},
    [FP_M_CODE_YEAR_OUTSIDE] = {"Vuosi toteutusajan ulkopuolella", NULL},
    [FP_M_CODE_PROGRAMME_PERIOD] = {"Ohjelmakausi ja päivämäärät eivät täsmää", NULL},
    [FP_M_CODE_ELIGIBILITY_END] = {"Päättyy tukikelpoisuuden päättymisen jälkeen", NULL},
    [FP_M_CODE_INSTRUMENT_PERIOD] = {"Rahoitusmuoto ei ole voimassa", NULL},
    [FP_M_CODE_TOTAL_WITH_LINES] = {"Kokonaissumma ja erittely yhtä aikaa", NULL},
    [FP_M_CODE_MIXED_YEARS] = {"Vuosierittely ja kokonaisosio yhtä aikaa", NULL},
    [FP_M_CODE_NO_COSTS] = {"Ei rahoitettavia kustannuksia", NULL},
    [FP_M_CODE_COST_MODEL] = {"Kustannusmalli ei salli kustannusta", NULL},
    [FP_M_CODE_FLAT_RATE] = {"Prosenttimääräinen korvaus", NULL},
    [FP_M_CODE_LUMP_SUM_LIMIT] = {"Kertakorvaus ylittää enimmäismäärän", NULL},
    [FP_M_CODE_INCOME_EXCEEDS] = {"Tulot ylittävät kustannukset", NULL},
    [FP_M_CODE_OVERFLOW] = {"Summa on liian suuri", NULL},
    [FP_M_CODE_UNKNOWN_INSTRUMENT] = {"Tuntematon rahoitusmuoto", NULL},
    [FP_M_CODE_FINANCING_MISMATCH] = {"Rahoitus ei vastaa nettomenoja", NULL},
    [FP_M_CODE_YEARLY_BALANCE] = {"Vuoden rahoitus ei vastaa vuoden nettomenoja", NULL},
    [FP_M_CODE_NO_SUPPORT] = {"Tukea ei haeta", NULL},
    [FP_M_CODE_SOURCE_MISMATCH] = {"Toisen rahoitusmuodon rahoitusta", NULL},
    [FP_M_CODE_SUPPORT_RATE] = {"Tuki ylittää enimmäismäärän", NULL},
    [FP_M_CODE_IN_KIND] = {"Talkootyö", NULL},
    [FP_M_CODE_MUNICIPAL_SHARE] = {"Kuntarahoituksen osuus liian pieni", NULL},
    [FP_M_CODE_OWN_SHARE] = {"Omarahoituksen osuus liian pieni", NULL},
    [FP_M_CODE_CALL_LIMIT] = {"Rahoitushaun rajojen ulkopuolella", NULL},
    [FP_M_CODE_EU_SHARE] = {"EU:n ja valtion osuudet eivät täsmää", NULL},
    [FP_M_CODE_REGION] = {"Maakunta ei tiedossa", NULL},
    [FP_M_CODE_RULES_LOOSENED] = {"Suunnitelman säännöt lieventävät rahoitushaun sääntöjä", NULL},
    [FP_M_CODE_DECLARED_MISMATCH] = {"Ilmoitettu luku poikkeaa lasketusta", NULL},
    [FP_M_CODE_CHANGE_SUPPORT] = {"Tuki kasvaa", NULL},
    [FP_M_CODE_CHANGE_MODEL] = {"Kustannusmalli muuttuu", NULL},
    [FP_M_CODE_CHANGE_PERIOD] = {"Toteutusaikaa jatketaan", NULL},
    [FP_M_CODE_CHANGE_RATE] = {"Tuen osuus kasvaa", NULL},
    [FP_M_CODE_CHANGE_IDENTITY] = {"Hankkeen perustiedot muuttuvat", NULL},
    [FP_M_CODE_CHANGE_PARTNERS] = {"Osatoteuttajat muuttuvat", NULL},
    [FP_M_CODE_CLAIM_PERIOD] = {"Maksatuskausi", NULL},
    [FP_M_CODE_CLAIM_ORDER] = {"Maksatushakemukset väärässä järjestyksessä", NULL},
    [FP_M_CODE_CLAIM_LINE_OVER] = {"Kustannuslaji ylittää hyväksytyn", NULL},
    [FP_M_CODE_CLAIM_UNUSED] = {"Tukea jää käyttämättä", NULL},
    [FP_M_CODE_CLAIM_REPAYMENT] = {"Takaisinperintä", NULL},

    /* ---- findings: the preparer's text (en/fi/sv) and the memo reader's (r.en/r.fi/r.sv) */
    [FP_M_F_HEADER_UNCLOSED] = {"osion otsikosta puuttuu loppusulje ']'",
                                "Suunnitelmatiedoston osion otsikko on keskeneräinen."},
    [FP_M_F_HEADER_TEXT_AFTER] =
        {"osion otsikon loppusulkeen ']' jälkeen on tekstiä",
         "Suunnitelmatiedoston osion otsikon perässä on ylimääräistä tekstiä."},
    [FP_M_F_SECTION_NAME_CHARS] =
        {"osion nimessä '{1}' saa olla vain kirjaimia a–z, numeroita ja merkkejä '_', '.' ja '-'",
         "Suunnitelmatiedoston osion nimeä ei voi lukea."},
    [FP_M_F_UNKNOWN_SECTION] =
        {"tuntematon osio [{1}]",
         "Suunnitelmatiedostossa on osio, jota fundplan ei tunne; sen sisältöä ei luettu."},
    [FP_M_F_TOO_MANY_SECTIONS] =
        {"yli {1} osiota: tämä ei ole rahoitussuunnitelma; tiedoston loppua ei lueta",
         "Suunnitelmatiedostossa on paljon enemmän osioita kuin rahoitussuunnitelmassa; sen loppua "
         "ei luettu."},
    [FP_M_F_DUPLICATE_SECTION] =
        {"osio [{1}] toistuu (ensimmäisen kerran rivillä {2}); sen tiedot yhdistetään",
         "Suunnitelmatiedostossa sama osio on kahdesti; ne luettiin yhtenä."},
    [FP_M_F_TEXT_AFTER_QUOTE] =
        {"kohdan '{1}' lopettavan lainausmerkin jälkeinen teksti jätetään huomiotta",
         "Osa suunnitelman tekstistä jäi pois, koska se on lopettavan lainausmerkin jälkeen."},
    [FP_M_F_COMMENT_CUTS] = {"'{1}' aloittaa kommentin: kohdan '{2}' teksti päättyy ennen sitä",
                             "Suunnitelman teksti saattaa katketa merkkiin ';' tai '#'."},
    [FP_M_F_KEY_MISSING_BEFORE_EQ] = {"merkin '=' edeltä puuttuu tiedon nimi",
                                      "Suunnitelmatiedostossa on arvo ilman nimeä."},
    [FP_M_F_NOT_KEY_VALUE] = {"rivi ei ole muotoa 'avain = arvo', [osio] eikä kommentti",
                              "Suunnitelmatiedostossa on merkintä, jota ei voi lukea."},
    [FP_M_F_KEY_NAME_CHARS] =
        {"tiedon nimessä '{1}' saa olla vain kirjaimia a–z, numeroita ja merkkejä '_', '.' ja '-'",
         "Suunnitelmatiedoston tiedon nimeä ei voi lukea."},
    [FP_M_F_KEY_OUTSIDE] =
        {"tieto '{1}' on osioiden ulkopuolella",
         "Suunnitelmatiedoston tieto on osioiden ulkopuolella, eikä sitä luettu."},
    [FP_M_F_QUOTE_UNCLOSED] =
        {"lainausmerkkiä {1} ei suljeta",
         "Suunnitelmatiedoston lainausmerkeissä olevaa tekstiä ei ole suljettu."},
    [FP_M_F_NUL_BYTE] = {"rivillä on NUL-tavu: tiedoston pitää olla pelkkää tekstiä",
                         "Suunnitelmatiedostossa on merkkejä, jotka eivät ole tekstiä."},
    [FP_M_F_NOT_UTF8] = {"rivin tavu {1} ei ole UTF-8-merkistöä (tavu {2})",
                         "Suunnitelmatiedostoa ei ole tallennettu UTF-8-merkistössä, joten osaa "
                         "kirjaimista ei voi lukea."},
    [FP_M_F_CONTROL_CHAR] =
        {"rivin tavu {1} on ohjausmerkki ({2}): tiedoston pitää olla pelkkää tekstiä",
         "Suunnitelmatiedostossa on ohjausmerkkejä, jotka eivät ole tekstiä."},
    [FP_M_F_LINE_TOO_LONG] = {"rivi on {1} tavua pitkä; enintään {2} on sallittu",
                              "Suunnitelmatiedostossa on liian pitkä merkintä, jota ei voi lukea."},
    [FP_M_F_DUPLICATE_KEY] =
        {"'{1}' annetaan uudelleen (ensimmäisen kerran rivillä {2}); vain tämä viimeinen arvo "
         "lasketaan",
         "Suunnitelmassa sama tieto on annettu kahdesti; jälkimmäinen arvo otettiin käyttöön."},
    [FP_M_F_UNKNOWN_KEY] = {"tuntematon tieto '{1}' osiossa [{2}]",
                            "Suunnitelmassa on tieto, jota fundplan ei tunne; sitä ei luettu."},
    [FP_M_F_UNKNOWN_KEY_STRICT] =
        {"tuntematon tieto '{1}' osiossa [{2}]: se vaikuttaisi rahasummiin, joten se on virhe",
         "Suunnitelman lukujen tai sääntöjen joukossa on tuntematon tieto, joten lukuihin ei voi "
         "luottaa."},
    [FP_M_F_CANNOT_PREPARE] = {"suunnitelmaa ei voi valmistella luettavaksi: {1}",
                               "Suunnitelmatiedostoa ei voitu lukea."},
    [FP_M_F_INIPARSER_FAILED] = {"INI-lukija ei pystynyt lukemaan suunnitelmaa",
                                 "Suunnitelmatiedostoa ei voitu lukea."},
    [FP_M_F_FILE_IS] = {"tiedosto on {1}; {2} on UTF-8-tekstitiedosto",
                        "Suunnitelmatiedosto on {1} eikä tekstitiedosto."},
    [FP_M_F_EMPTY] = {"tiedosto on tyhjä", "Suunnitelmatiedosto on tyhjä."},
    [FP_M_F_NO_KEYS] = {"tiedostossa ei ole yhtään 'avain = arvo' -riviä",
                        "Suunnitelmatiedostossa ei ole yhtään tietoa."},
    [FP_M_F_NOT_A_PLAN] =
        {"tämä ei ole fundplanin tiedosto: siinä ei ole yhtään sen osiota ([{2}] jne.)",
         "Tiedosto ei ole rahoitussuunnitelma."},
    [FP_M_F_BAD_AMOUNT] =
        {"'{1}' ei ole rahasumma: {2}",
         "Suunnitelman rahasummaa ('{1}') ei voi lukea, joten se puuttuu summista."},
    [FP_M_F_BAD_PERCENT] = {"'{1}' ei ole prosenttiluku: {2}",
                            "Suunnitelman prosenttilukua ('{1}') ei voi lukea."},
    [FP_M_F_BAD_DATE] = {"'{1}' ei ole päivämäärä: {2}",
                         "Suunnitelman päivämäärää ('{1}') ei voi lukea: {2}."},
    [FP_M_F_BAD_CHOICE] = {"{1} '{2}' ei ole mikään näistä: {3}",
                           "Suunnitelman asetuksella ('{2}') on arvo, jota fundplan ei tunne."},
    [FP_M_F_BAD_RULE] = {"{1} '{2}' ei ole luettavissa: {3}",
                         "Suunnitelman rahoitussääntöä ('{2}') ei voi lukea."},
    [FP_M_F_BAD_NUMBER] = {"{1} '{2}' ei ole kokonaisluku",
                           "Suunnitelman lukua ('{2}') ei voi lukea."},
    [FP_M_F_TEXT_AND_FILE] =
        {"sekä '{1}' (rivi {2}) että '{3}' on annettu",
         "Kuvausteksti on annettu sekä tekstinä että tiedostona; teksti otettiin käyttöön."},
    [FP_M_F_FILE_EMPTY_NAME] = {"'{1}' ei nimeä tiedostoa",
                                "Suunnitelman kuvaustiedostoa ei ole nimetty."},
    [FP_M_F_FILE_UNREADABLE] = {"tiedostoa '{1}' ei voi lukea: {2}",
                                "Suunnitelman kuvaustiedostoa ('{1}') ei voi lukea: {2}."},
    [FP_M_F_TOO_MANY_PARTNERS] =
        {"yli {1} osatoteuttajaa",
         "Suunnitelmassa on yli {1} osatoteuttajaa; loput jätettiin pois."},
    [FP_M_F_NO_SECTION] = {"tiedostosta puuttuu osio [{1}]",
                           "Suunnitelmasta puuttuu pakollinen osio."},
    [FP_M_F_KEY_EMPTY] = {"'{1}' on tyhjä", "Suunnitelman pakollinen tieto on tyhjä."},
    [FP_M_F_SECTION_LACKS] = {"osiosta [{1}] puuttuu '{2}'",
                              "Suunnitelmasta puuttuu pakollinen tieto."},
    [FP_M_F_TOO_MANY_YEARS] = {"yli {1} vuotta: suunnitelma kattaa enintään {1} kalenterivuotta",
                               "Suunnitelmassa on yli {1} vuotta; loppuja ei luettu."},
    [FP_M_F_MIXED_YEARS] = {"sekä [{1}] että [{1}.VVVV] on annettu (rivit {2} ja {3})",
                            "Suunnitelmassa samat luvut on annettu sekä vuosittain että "
                            "jakamattomina; vain jakamattomat laskettiin."},
    [FP_M_F_RULES_LOOSENED] = {"{1} = {2} lieventää rahoitushaun arvoa {3} ({4}:{5}): suunnitelma "
                               "saa vain tiukentaa haun sääntöjä",
                               "Suunnitelman omat säännöt lieventävät rahoitushaun sääntöä ({3}); "
                               "haun sääntö on voimassa."},
    [FP_M_F_RULES_CHANGED] =
        {"{1} = {2} poikkeaa rahoitushaun arvosta {3} ({4}:{5}): haku määrää sen",
         "Suunnitelman omat säännöt muuttavat rahoitushaun määräämää sääntöä ({3}); haun sääntö on "
         "voimassa."},
    [FP_M_F_UNKNOWN_INSTRUMENT] =
        {"tuntematon rahoitusmuoto '{1}'",
         "Rahoitusmuotoa '{1}' ei tunneta, joten tuen enimmäisosuutta ei voi tarkistaa."},
    [FP_M_F_REGION_MISSING] =
        {"suunnitelmassa ei ole maakuntaa: tuen EU-osuudeksi oletetaan {1} julkisesta "
         "rahoituksesta, Helsinki-Uudenmaan ulkopuolinen osuus",
         "Suunnitelmassa ei mainita maakuntaa; tuen EU-osuus on laskettu {1}:n mukaan julkisesta "
         "rahoituksesta, kuten Helsinki-Uudenmaan ulkopuolella."},
    [FP_M_F_REGION_UNKNOWN] = {"tuntematon maakunta '{1}': EU-osuudeksi oletetaan {2}",
                               "Maakuntaa '{1}' ei tunneta; tuen EU-osuus on laskettu {2}:n mukaan "
                               "julkisesta rahoituksesta."},
    [FP_M_F_OVERFLOW] = {"summat ovat yhteensä enemmän kuin fundplan pystyy käsittelemään (noin 92 "
                         "000 000 000 000 000 €)",
                         "Suunnitelman summat ovat liian suuria laskettaviksi yhteen."},
    [FP_M_F_MODEL_DIFFERS] = {"cost_model = {1} poikkeaa rivin {3} mallista {2}: kustannusmalli on "
                              "sama koko hankkeen ajan",
                              "Suunnitelmassa on eri vuosina eri kustannusmalli, vaikka "
                              "kustannusmalli on sama koko hankkeen ajan."},
    [FP_M_F_MODEL_WITHOUT_LINE] =
        {"cost_model = {1}, mutta riviä {2} ei ole",
         "Suunnitelmassa ilmoitettu kustannusmalli ei vastaa kustannusarviota."},
    [FP_M_F_MODEL_CONTRADICTED] =
        {"cost_model = {1}, mutta {2} on annettu (rivi {3})",
         "Suunnitelmassa ilmoitettu kustannusmalli ei vastaa kustannusarviota."},
    [FP_M_F_MODEL_NOT_ALLOWED] = {"kustannusmalli {1} ei ole sallittu: {3} sallii vain mallit {2}",
                                  "Suunnitelman kustannusmalli ei ole rahoitushaun sallima ({2})."},
    [FP_M_F_FLAT_ZERO_BASE] = {"prosenttimääräinen korvaus {1} lasketaan {2}, jotka ovat 0 €",
                               "Prosenttimääräiselle korvaukselle {1} ei ole laskentaperustetta."},
    [FP_M_F_FLAT_40_IN_2014] =
        {"40 %:n prosenttimääräinen korvaus kuuluu ohjelmakauteen 2021–2027; kauden 2014–2020 "
         "suunnitelmissa käytetään 24 %:a tai 15 %:a",
         "Suunnitelmassa käytetään ohjelmakauden 2021–2027 40 %:n prosenttimääräistä korvausta, "
         "vaikka hanke kuuluu kauteen 2014–2020."},
    [FP_M_F_FLAT_UNUSUAL] =
        {"prosenttimääräinen korvaus {1} ei ole ohjelmakauden {2} korvausprosentteja",
         "Prosenttimääräinen korvaus {1} ei ole ohjelmakaudella {2} käytetty."},
    [FP_M_F_FLAT_ESF] =
        {"{1} on ESR:n prosenttimääräinen korvaus; kauden 2014–2020 EAKR-hankkeissa käytetään 24 "
         "%:a tai 15 %:a",
         "Prosenttimääräinen korvaus {1} on Euroopan sosiaalirahaston korvausprosentti."},
    [FP_M_F_FLAT_COVERS_TRAVEL] = {"{1}:n prosenttimääräinen korvaus kattaa jo henkilöstön matkat: "
                                   "{2} matkakustannuksia lasketaan kahdesti",
                                   "{1}:n prosenttimääräinen korvaus kattaa jo henkilöstön matkat, "
                                   "mutta kustannusarviossa on lisäksi {2} matkakustannuksia."},
    [FP_M_F_FLAT_COVERS] =
        {"{1}:n prosenttimääräinen korvaus kattaa kaikki muut kuin henkilöstökustannukset: {4} = "
         "{3} ei voi olla lisäksi",
         "{1}:n prosenttimääräinen korvaus kattaa kaikki muut kuin henkilöstökustannukset, joten "
         "kustannuslajia ”{2}” ({3}) ei voi hakea sen lisäksi."},
    [FP_M_F_LUMP_WITH_LINE] =
        {"kertakorvaushankkeessa ei ole muita kustannusrivejä: {3} = {2} (kertakorvauksen "
         "taustalla olevaa yksityiskohtaista budjettia ei lisätä siihen)",
         "Kertakorvaushankkeessa ei haeta muita kustannuksia, mutta kertakorvaukseen on lisätty "
         "”{1}” ({2})."},
    [FP_M_F_LUMP_WITH_FLAT] = {"kertakorvaushankkeessa ei ole prosenttimääräistä korvausta",
                               "Kertakorvaushankkeessa ei ole prosenttimääräistä korvausta, mutta "
                               "suunnitelmassa on sellainen."},
    [FP_M_F_TOTAL_WITH_LINES] =
        {"'total' on annettu kustannusrivien kanssa (rivi {1})",
         "Kustannusarviossa on sekä kokonaissumma että erittely; kokonaissumma otettiin käyttöön."},
    [FP_M_F_INCOME_EXCEEDS] =
        {"tulot {1} ovat suuremmat kuin kokonaiskustannukset {2}",
         "Hankkeen tulot ({1}) ovat suuremmat kuin sen kokonaiskustannukset ({2})."},
    [FP_M_F_NO_COSTS] = {"kokonaiskustannukset ovat 0 €: rahoitettavaa ei ole",
                         "Kustannusarviossa ei ole kustannuksia."},
    [FP_M_F_FINANCING_TOO_MUCH] =
        {"rahoitus {1} ei vastaa rahoitettavia nettomenoja {2} tarkalleen: {3} liikaa",
         "Rahoitus ({1}) on {3} suurempi kuin rahoitettavat nettomenot ({2})."},
    [FP_M_F_FINANCING_TOO_LITTLE] =
        {"rahoitus {1} ei vastaa rahoitettavia nettomenoja {2} tarkalleen: {3} liian vähän",
         "Rahoitus ({1}) on {3} pienempi kuin rahoitettavat nettomenot ({2})."},
    [FP_M_F_YEAR_TOO_MUCH] =
        {"vuonna {1} rahoitus {2} on {4} suurempi kuin vuoden nettomenot {3}",
         "Vuonna {1} rahoitus ({2}) on {4} suurempi kuin vuoden nettomenot ({3})."},
    [FP_M_F_YEAR_TOO_LITTLE] =
        {"vuonna {1} rahoitus {2} on {4} pienempi kuin vuoden nettomenot {3}",
         "Vuonna {1} rahoitus ({2}) on {4} pienempi kuin vuoden nettomenot ({3})."},
    [FP_M_F_NO_SUPPORT] = {"rahoitusmuodon {1} tukirivi '{2}' on 0 €: päätettävää tukea ei ole",
                           "Suunnitelmassa ei haeta {1}-tukea."},
    [FP_M_F_SUPPORT_ABOVE_RATE] =
        {"tuki {1} on {2} {3} {4}; {5} sallii enintään {6} eli {7}",
         "Haettu tuki ({1}) on {2} hankkeen {3}; enimmäisosuus on {6} eli {7}."},
    [FP_M_F_SUPPORT_ABOVE_RATES] =
        {"tuki {1} ylittää suurimman sallitun tuen {2}: enintään {3} muista kustannuksista {4} ja "
         "{5} investointikustannuksista {6}",
         "Haettu tuki ({1}) ylittää suurimman sallitun tuen {2}: enintään {3} muista "
         "kustannuksista ({4}) ja {5} investointikustannuksista ({6})."},
    [FP_M_F_SUPPORT_ABOVE_MAX] = {"tuki {1} ylittää enimmäismäärän {2} ({3})",
                                  "Haettu tuki ({1}) ylittää enimmäismäärän {2}."},
    [FP_M_F_SUPPORT_BELOW_MIN] = {"tuki {1} alittaa vähimmäismäärän {2} ({3})",
                                  "Haettu tuki ({1}) alittaa vähimmäismäärän {2}."},
    [FP_M_F_IN_KIND_UNMATCHED] =
        {"talkootyö on kustannuksissa {1} mutta rahoituksessa {2}: niiden pitää olla yhtä suuret",
         "Talkootyö on kustannusarviossa {1} mutta rahoitussuunnitelmassa {2}."},
    [FP_M_F_IN_KIND_PUBLIC] =
        {"julkinen rahoitus {1} ylittää kokonaiskustannukset ilman talkootyötä, {2}: julkisella "
         "rahoituksella ei voi kattaa talkootyötä ({3})",
         "Julkinen rahoitus ({1}) on suurempi kuin kokonaiskustannukset ilman talkootyötä ({2}); "
         "julkisella rahoituksella ei voi kattaa talkootyötä."},
    [FP_M_F_SOURCE_MISMATCH] =
        {"{4} = {3} on toisen rahoitusmuodon tukirivi; tämän suunnitelman rahoitusmuoto on {1}",
         "{1}-hankkeen rahoitussuunnitelmassa on toisen rahoitusmuodon rahoitusta: {2} {3}."},
    [FP_M_F_MUNICIPAL_LOW] = {"kuntarahoitus {1} on {2} {3}; vähintään {4} vaaditaan ({5})",
                              "Kuntarahoitus ({1}) on {2} {3}; vähintään {4} vaaditaan."},
    [FP_M_F_OWN_LOW] = {"omarahoitus (kunta, muu julkinen, yksityinen ja talkootyö) {1} on {2} "
                        "{3}; vähintään {4} vaaditaan ({5})",
                        "Omarahoitus ({1}) on {2} {3}; vähintään {4} vaaditaan."},
    [FP_M_F_COSTS_ABOVE_MAX] =
        {"kokonaiskustannukset {1} ylittävät enimmäismäärän {2} ({3})",
         "Hankkeen kokonaiskustannukset ({1}) ylittävät rahoitushaun enimmäismäärän {2}."},
    [FP_M_F_LUMP_SUM_LIMIT] =
        {"kertakorvaus {1} ylittää kertakorvaushankkeiden enimmäismäärän {2}",
         "Kertakorvaus ({1}) ylittää kertakorvaushankkeiden enimmäismäärän {2}."},
    [FP_M_F_STATE_NEGATIVE] = {"EU-osuus {1} ({2} summasta {3}) on suurempi kuin tukirivi {4}: "
                               "valtion osuus olisi negatiivinen",
                               "Tuen EU-osuus ({1}) olisi suurempi kuin koko tuki ({4})."},
    [FP_M_F_PERIOD_REVERSED] = {"hanke päättyy ({1}) ennen kuin se alkaa ({2})",
                                "Hanke päättyy ({1}) ennen kuin se alkaa ({2})."},
    [FP_M_F_YEAR_OUTSIDE] =
        {"vuosi {1} on toteutusajan {2}–{3} ulkopuolella",
         "Suunnitelmassa on lukuja vuodelle {1}, joka on toteutusajan ulkopuolella."},
    [FP_M_F_PROGRAMME_DATES] = {"programme = {1}, mutta hanke alkaa {2}, kauden ulkopuolella",
                                "Hankkeen ilmoitetaan kuuluvan ohjelmakauteen {1}, mutta se alkaa "
                                "{2}, kauden ulkopuolella."},
    [FP_M_F_AFTER_ELIGIBILITY] = {"hanke päättyy {1}, vasta päivän {2} jälkeen, joka on "
                                  "ohjelmakauden {3} EU-varojen tukikelpoisuuden viimeinen päivä",
                                  "Hanke päättyy {1}, vasta sen jälkeen kun ohjelmakauden {3} "
                                  "EU-varojen tukikelpoisuus päättyy {2}."},
    [FP_M_F_INSTRUMENT_ENDED] =
        {"{1}-haut olivat vuosina {2}–{3}; myöhemmin myönnetty kansallinen raha on AKKE-rahoitusta "
         "lakien 757/2021 ja 867/2021 säännöin",
         "{1}-hakuja järjestettiin vuosina {2}–{3}; myöhemmin myönnettävä kansallinen "
         "kehittämisraha on AKKE-rahoitusta vuoden 2021 säännöin."},
    [FP_M_F_INSTRUMENT_NOT_YET] =
        {"{1}-rahoitusta myönnettiin ensimmäisen kerran vuonna {2}",
         "{1}-rahoitusta myönnettiin ensimmäisen kerran vuonna {2}, vasta hankkeen alun jälkeen."},
    [FP_M_F_STARTS_TOO_EARLY] =
        {"hanke alkaa {1}, ennen päivää {2} ({3})",
         "Hanke alkaa {1}, ennen rahoitushaun sallimaa aikaisinta alkamispäivää {2}."},
    [FP_M_F_ENDS_TOO_LATE] =
        {"hanke päättyy {1}, päivän {2} jälkeen ({3})",
         "Hanke päättyy {1}, rahoitushaun salliman viimeisen päättymispäivän {2} jälkeen."},
    [FP_M_F_TOO_LONG] = {"hanke kestää {1} kuukautta, yli {2} ({3})",
                         "Hanke kestää {1} kuukautta; rahoitushaku sallii enintään {2}."},
    [FP_M_F_DECLARED_TOTAL_COSTS] =
        {"ilmoitetut kokonaiskustannukset {1} poikkeavat lasketuista {2}:sta",
         "Suunnitelmassa ilmoitetut kokonaiskustannukset ({1}) poikkeavat kustannusarviosta "
         "lasketuista ({2})."},
    [FP_M_F_DECLARED_NET_COSTS] =
        {"ilmoitetut rahoitettavat nettomenot {1} poikkeavat lasketusta {2}:sta",
         "Suunnitelmassa ilmoitetut rahoitettavat nettomenot ({1}) poikkeavat kustannusarviosta "
         "lasketuista ({2})."},
    [FP_M_F_DECLARED_FINANCING] = {"ilmoitettu rahoitus yhteensä {1} poikkeaa lasketusta {2}:sta",
                                   "Suunnitelmassa ilmoitettu rahoitus yhteensä ({1}) poikkeaa "
                                   "rahoitussuunnitelman summasta ({2})."},
    [FP_M_F_DECLARED_SUPPORT] =
        {"ilmoitettu tuki {1} poikkeaa lasketusta {2}:sta",
         "Suunnitelmassa ilmoitettu tuki ({1}) poikkeaa rahoitussuunnitelman tuesta ({2})."},
    [FP_M_F_DECLARED_RATE] =
        {"ilmoitettu tuen osuus {1} poikkeaa lasketusta {2}:sta",
         "Suunnitelmassa ilmoitettu tuen osuus ({1}) poikkeaa lasketusta osuudesta ({2})."},

    /* ---- notes: the fix, for the preparer (their own arguments) */
    [FP_M_N_HEADER_FORM] = {"kirjoita muodossa [costs]", NULL},
    [FP_M_N_DID_YOU_MEAN_SECTION] = {"tarkoititko [{1}]?", NULL},
    [FP_M_N_DID_YOU_MEAN] = {"tarkoititko '{1}'?", NULL},
    [FP_M_N_QUOTE_WHOLE] = {"laita koko arvo lainausmerkkeihin tai aloita kommentti merkillä ';'",
                            NULL},
    [FP_M_N_QUOTE_VALUE] = {"laita koko arvo lainausmerkkeihin: {1} = \"...\"", NULL},
    [FP_M_N_COMMENTS] = {"kommentit alkavat merkillä ';' tai '#'", NULL},
    [FP_M_N_KEY_OUTSIDE] = {"siirrä se sen osion alle, johon se kuuluu, esim. [project]", NULL},
    [FP_M_N_QUOTE_CLOSE] = {"päätä arvo samalla lainausmerkillä samalla rivillä", NULL},
    [FP_M_N_SAVE_UTF8] = {"tallenna tiedosto UTF-8-muodossa", NULL},
    [FP_M_N_SAVE_UTF8_NOTEPAD] =
        {"tallenna se UTF-8-muodossa (Muistiossa: Tallenna nimellä, Koodaus UTF-8)", NULL},
    [FP_M_N_LONG_TEXT_FILE] =
        {"siirrä pitkät tekstit suunnitelman viereen omaan tiedostoon: goals_file = tavoitteet.txt",
         NULL},
    [FP_M_N_DELETE_LINE] = {"poista rivi, jota et tarkoita", NULL},
    [FP_M_N_START_TEMPLATE] = {"aloita mallipohjasta: fundplan new suunnitelma.ini", NULL},
    [FP_M_N_AMOUNT_FORM] = {"kirjoita summat muodossa 40 000 tai 1 234,50 (euroa)", NULL},
    [FP_M_N_PERCENT_FORM] = {"kirjoita prosentit muodossa 70 % tai 24,5 % (0–100)", NULL},
    [FP_M_N_DATE_FORM] = {"kirjoita päivämäärät muodossa 1.5.2025 tai 2025-05-01", NULL},
    [FP_M_N_KEEP_ONE] = {"jätä niistä vain toinen", NULL},
    [FP_M_N_ADD_PROJECT] =
        {"lisää osio [project], jossa on name, applicant, funder, instrument, start ja end", NULL},
    [FP_M_N_ADD_LINE] = {"lisää rivi: {1} = {2}", NULL},
    [FP_M_N_MIXED_YEARS] = {"anna joko yksi [{1}] tai yksi [{1}.VVVV] kullekin vuodelle", NULL},
    [FP_M_N_ADD_COSTS] =
        {"lisää osio [costs], jossa on staff = ..., tai [costs.VVVV] kullekin vuodelle", NULL},
    [FP_M_N_ADD_FINANCING] =
        {"lisää osio [financing], jossa on rahoitusmuodon rivi, esim. aiko = ...", NULL},
    [FP_M_N_INSTRUMENT_DEFINE] = {"kirjoita AIKO, AKKE tai EAKR, tai määrittele se osiossa [rules] "
                                  "avaimilla max_support_rate ja support_source",
                                  NULL},
    [FP_M_N_REGION_ADD] = {"lisää hankkeen maakunta, esim. region = Pohjois-Savo", NULL},
    [FP_M_N_FLAT_RATES] = {"kauden korvausprosentit ovat {1}", NULL},
    [FP_M_N_FLAT_COVERS] = {"poista {1}: prosenttimääräinen korvaus kattaa sen", NULL},
    [FP_M_N_LUMP_ALONE] = {"anna pelkkä kertakorvaus tai käytä toista kustannusmallia", NULL},
    [FP_M_N_TOTAL_ALONE] = {"anna 'total' vain, jos erittelyä ei tiedetä; muuten poista se", NULL},
    [FP_M_N_NO_COSTS] = {"anna kustannusrivit, esim. staff = 40 000", NULL},
    [FP_M_N_FINANCING_SUM] =
        {"rahoitusrivien summan pitää olla sentilleen kokonaiskustannukset − tulot", NULL},
    [FP_M_N_YEAR_BALANCE] = {"kunkin vuoden rahoituksen pitäisi kattaa saman vuoden nettomenot; "
                             "siirrä erotus vuosien välillä",
                             NULL},
    [FP_M_N_LOWER_SUPPORT] =
        {"laske {1} enintään {2}:oon ja korota muuta rahoitusta erotuksen verran", NULL},
    [FP_M_N_MOVE_SOURCE] = {"siirrä se riville '{1}' tai tarkista rahoitusmuoto", NULL},
    [FP_M_N_FIGURES_GIVE] = {"luvuista saadaan {1} = {2}", NULL},

    /* ---- the terminal summary */
    [FP_M_SUM_E_W] = {"{1} virhettä, {2} varoitusta", NULL},
    [FP_M_SUM_E1_W] = {"1 virhe, {2} varoitusta", NULL},
    [FP_M_SUM_E_W1] = {"{1} virhettä, 1 varoitus", NULL},
    [FP_M_SUM_E1_W1] = {"1 virhe, 1 varoitus", NULL},

    /* ---- usage errors */
    [FP_M_U_BAD_DATE] = {"--date '{1}': {2}", NULL},
    [FP_M_U_BAD_LANG] = {"--lang on fi, sv tai en, ei '{1}'", NULL},

    /* ---- the memo's glyph check */
    [FP_M_F_GLYPH_MISSING] =
        {"{1}: muistion fontissa ei ole kirjainta {2} '{3}'",
         "Suunnitelman tekstissä on kirjain ('{3}'), jota muistioon ei voi tulostaa."},
    [FP_M_F_TEXT_NOT_UTF8] = {"{1}: ei kelvollista UTF-8-tekstiä",
                              "Suunnitelman teksti ei ole kelvollista UTF-8-tekstiä."},

    /* ---- the decision memo */
    [FP_M_MEMO_DOCTYPE] = {"MUISTIO", NULL},
    [FP_M_MEMO_DRAFT] = {"LUONNOS", NULL},
    [FP_M_MEMO_CASE] = {"Dnro", NULL},
    [FP_M_MEMO_PAGE] = {"{1} ({2})", NULL},
    [FP_M_MEMO_DRAFT_ONE] = {"Suunnitelmassa on 1 virhe. Tämä muistio on luonnos: sitä ei voi "
                             "esittää päätettäväksi ennen kuin virhe on korjattu (ks. {2}).",
                             NULL},
    [FP_M_MEMO_DRAFT_MANY] = {"Suunnitelmassa on {1} virhettä. Tämä muistio on luonnos: sitä ei "
                              "voi esittää päätettäväksi ennen kuin virheet on korjattu (ks. {2}).",
                              NULL},
    [FP_M_MEMO_DESCRIPTION] = {"Hankkeen kuvaus", NULL},
    [FP_M_MEMO_CHART] = {"Rahoitusosuudet", NULL},
    [FP_M_MEMO_RATE] = {"Tuen osuus on {1} hankkeen {2}. Rahoitusmuodon enimmäistukiosuus on {3}.",
                        NULL},
    [FP_M_MEMO_CAP] = {"Suurin säännösten sallima tuki on {1}.", NULL},
    [FP_M_MEMO_CAP_PARTS] = {"Tuki voi olla enintään {1} muista kustannuksista ({2}) ja {3} "
                             "investointikustannuksista ({4}) eli enintään {5}.",
                             NULL},
    [FP_M_MEMO_BASE_TOTAL] = {"kokonaiskustannuksista", NULL},
    [FP_M_MEMO_BASE_NET] = {"nettokustannuksista", NULL},
    [FP_M_MEMO_PROPOSAL_HEAD] = {"Päätösehdotus", NULL},
    [FP_M_MEMO_PROPOSAL] = {"{1} myöntää hankkeelle ”{2}” (hakija {3}) {4} enintään {5}, kuitenkin "
                            "enintään {6} hankkeen hyväksyttävistä {7}.",
                            NULL},
    [FP_M_MEMO_CAPPED] =
        {"Haettu tuki {1} ylittää suurimman säännösten salliman tuen; ehdotus on {2}.", NULL},
    [FP_M_MEMO_NO_PROPOSAL] = {"Päätösehdotusta ei voida tehdä: suunnitelmassa on virheitä, jotka "
                               "on korjattava ensin (ks. {2}).",
                               NULL},
    [FP_M_MEMO_EU_SPLIT] = {"Tuesta EU:n osuus on {1} ja valtion osuus {2}.", NULL},
    [FP_M_MEMO_NO_FINDINGS] = {"Suunnitelmasta ei löytynyt virheitä eikä huomautettavaa: "
                               "kustannukset, rahoitus ja tuen osuus täsmäävät.",
                               NULL},
    [FP_M_MEMO_MORE_FINDINGS] = {"Lisäksi {1} muuta havaintoa, joita ei luetella tässä.", NULL},
    [FP_M_MEMO_PHONE] = {"puh.", NULL},
    [FP_M_MEMO_MONTH_ONE] = {"kk", NULL},
    [FP_M_MEMO_SUBJECT] = {"Rahoituspäätöksen muistio", NULL},
    [FP_M_MEMO_PROGRAMME_2014] = {"Kestävää kasvua ja työtä 2014–2020", NULL},
    [FP_M_MEMO_PROGRAMME_2021] = {"Uudistuva ja osaava Suomi 2021–2027", NULL},

    /* ---- the plan's own call */
    [FP_M_F_CALL_HAS_ERRORS] =
        {"rahoitushaun tiedostossa '{1}' on virheitä (lueteltu yllä): suunnitelma ei voi mennä "
         "läpi ennen kuin ne on korjattu",
         "Rahoitushaun tiedostossa on virheitä, jotka on korjattava ennen päätöstä."},

    /* ---- rules found in review */
    [FP_M_F_FLAT_NOT_INVESTMENT] = {"{1}:n prosenttimääräinen korvaus on kehittämishankkeiden; "
                                    "investointihankkeessa käytetään 1,5 %:a",
                                    "{1}:n prosenttimääräinen korvaus on tarkoitettu "
                                    "kehittämishankkeille, mutta tämä on investointihanke."},
    [FP_M_F_FLAT_ONLY_INVESTMENT] =
        {"{1}:n prosenttimääräinen korvaus on investointihankkeiden; kirjoita type = investment "
         "tai käytä kehittämishankkeen korvausprosenttia",
         "{1}:n prosenttimääräinen korvaus on tarkoitettu investointihankkeille, mutta tämä on "
         "kehittämishanke."},
    [FP_M_F_FLAT_YEAR_WITHOUT] =
        {"vuodella {1} on henkilöstökustannuksia mutta ei prosenttimääräistä korvausta: hankkeen "
         "{2}:a (rivi {3}) ei lisätä sille",
         "Prosenttimääräistä korvausta {2} ei ole laskettu vuoden {1} henkilöstökustannuksista."},
    [FP_M_F_PROGRAMME_UNKNOWN] =
        {"hanke alkaa {1}, fundplanin tuntemien ohjelmakausien (2014–2020, 2021–2027) "
         "ulkopuolella: sovelletaan kauden 2021–2027 sääntöjä",
         "Hanke alkaa {1}, ohjelmakausien 2014–2020 ja 2021–2027 ulkopuolella; se on tarkistettu "
         "kauden 2021–2027 säännöin."},
    [FP_M_F_REGION_ALAND] = {"'{1}' ei kuulu Manner-Suomen ohjelmaan (Ahvenanmaalla on oma "
                             "EAKR-ohjelmansa): EU-osuudeksi oletetaan {2}",
                             "Ahvenanmaa ei kuulu Manner-Suomen ohjelmaan; tuen EU-osuus on "
                             "laskettu {2}:n mukaan julkisesta rahoituksesta."},

    /* ---- library failures of the memo */
    [FP_M_SYS_FONT_SUBSET] = {"libharu ei pystynyt upottamaan fontin osajoukkoa", NULL},

    /* ---- PDF writer failures (pdf.c): the step that failed, then what happened */
    [FP_M_PDF_STEP_PDF] = {"PDF", NULL},
    [FP_M_PDF_STEP_PAGE] = {"sivun lisääminen", NULL},
    [FP_M_PDF_STEP_GLYPH_MAP] = {"fontin merkkikartan pakkaaminen", NULL},
    [FP_M_PDF_STEP_DRAW] = {"piirtäminen", NULL},
    [FP_M_PDF_STEP_TEXT] = {"tekstin piirtäminen", NULL},
    [FP_M_PDF_STEP_EMBED] = {"fontin upottaminen", NULL},
    [FP_M_PDF_STEP_UTF8] = {"UTF-8:n käyttöönotto", NULL},
    [FP_M_PDF_STEP_LOAD_FONT] = {"fontin lataaminen", NULL},
    [FP_M_PDF_STEP_SAVE] = {"tallentaminen", NULL},
    [FP_M_PDF_STEP_TOUNICODE] = {"ToUnicode-kartan kirjoittaminen", NULL},
    [FP_M_PDF_STEP_ID] = {"asiakirjan tunnisteen kirjoittaminen", NULL},
    [FP_M_PDF_STEP_COMPRESSION] = {"pakkauksen asettaminen", NULL},
    [FP_M_PDF_STEP_COLOUR] = {"värin asettaminen", NULL},
    [FP_M_PDF_STEP_DATES] = {"päivämäärien asettaminen", NULL},
    [FP_M_PDF_STEP_INFO] = {"asiakirjan tietojen asettaminen", NULL},
    [FP_M_PDF_FAIL_OOM] = {"{1}: muisti loppui", NULL},
    [FP_M_PDF_FAIL_IO] = {"{1}: {2}", NULL},
    [FP_M_PDF_FAIL_FONT] =
        {"{1}: fonttitiedosto ei ole käyttökelpoinen TrueType-fontti (libharun virhe {2})", NULL},
    [FP_M_PDF_FAIL_OTHER] = {"{1}: libharun virhe {2} (lisätieto {3})", NULL},
    [FP_M_PDF_FAIL_CREATE] = {"PDF-asiakirjaa ei voi luoda: muisti loppui", NULL},
    [FP_M_SYS_FONT_UNREADABLE] = {"fonttia {1} ei voi lukea: {2} (FUNDPLAN_FONTDIR on asetettu)",
                                  NULL},
    [FP_M_SYS_FONT_MISSING] = {"fonttia {1} ei löydy (etsitty ohjelman vierestä ja kansiosta {2}); "
                               "rakenna se komennolla make tai aseta FUNDPLAN_FONTDIR",
                               NULL},

    /* ---- build failures and progress (build.c) */
    [FP_M_SYS_CANNOT_READ_FOLDER] = {"kansiota ei voi lukea: {1}", NULL},
    [FP_M_BUILD_CRASHED] = {"sen rakentaminen kaatui (signaali {1}); muut suunnitelmat jatkuvat",
                            NULL},
    [FP_M_BUILD_STOPPED] = {"sen rakentaminen keskeytyi odottamatta", NULL},
    [FP_M_BUILD_NO_WORKER] = {"työprosessia ei voi käynnistää: {1}", NULL},
    [FP_M_BUILD_POLL] = {"työprosessien odottaminen epäonnistui: {1}", NULL},
    [FP_M_BUILD_NOT_BUILT] = {"ei rakennettu: yksikään työprosessi ei voinut ottaa sitä", NULL},
    [FP_M_BUILD_RENAMED] =
        {"sen tulosteet nimetään {1}.*: toisella suunnitelmalla tai hankesalkulla on nimi {2}",
         NULL},
    [FP_M_BUILD_PROGRESS] =
        {"{1}/{2} suunnitelmaa, joista virheellisiä {3}, {4} suunnitelmaa/s, {5} s jäljellä", NULL},

    /* ---- a fundplan file of another kind than the command reads (ini.c) */
    [FP_M_F_FILE_IS_OTHER] = {"tämä on {1} (siinä on [{2}] eikä [{3}])",
                              "Tiedosto ei ole rahoitussuunnitelma."},
    [FP_M_N_USE_PLAN] = {"suunnitelma tarkistetaan komennolla 'fundplan check SUUNNITELMA', ja se "
                         "on 'fundplan claim' -komennon päätös (ensimmäinen tiedosto)",
                         NULL},
    [FP_M_N_USE_CALL] = {"anna rahoitushaun tiedosto valitsimella --call TIEDOSTO tai nimeä se "
                         "suunnitelmassa: call = TIEDOSTO",
                         NULL},
    [FP_M_N_USE_CLAIM] =
        {"maksatushakemukset tarkistetaan komennolla 'fundplan claim PÄÄTÖS HAKEMUS...'", NULL},
    [FP_M_BUILD_SKIPPED] = {"ei rakennettu: se on {1}, ei suunnitelma", NULL},
    [FP_M_BUILD_ONLY_OTHERS] = {"yksikään tiedostoista ei ole suunnitelma (rahoitushakujen "
                                "tiedostoja ja maksatushakemuksia ei rakenneta)",
                                NULL},

    /* ---- the plan workbook (book_xlsx.c); sheet names: 31 characters at most, no : / ? * [ ] or
       backslash */
    [FP_M_BOOK_SHEET_SUMMARY] = {"Yhteenveto", NULL},
    [FP_M_BOOK_SHEET_FINDINGS] = {"Tarkistukset", NULL},
    [FP_M_BOOK_SEVERITY] = {"Vakavuus", NULL},
    [FP_M_BOOK_FINDING] = {"Havainto", NULL},
    [FP_M_BOOK_EXPLANATION] = {"Selitys", NULL},
    [FP_M_BOOK_NO_FINDINGS] = {"Ei virheitä eikä varoituksia.", NULL},
    [FP_M_BOOK_BASE_TOTAL] = {"Tuen laskentaperuste: kokonaiskustannukset", NULL},
    [FP_M_BOOK_BASE_NET] = {"Tuen laskentaperuste: rahoitettavat nettomenot", NULL},
    [FP_M_BOOK_INVESTMENT_BASE] = {"josta investointikustannukset", NULL},
    [FP_M_BOOK_INVESTMENT_RATE] = {"Tuen enimmäisosuus investoinneista", NULL},
    [FP_M_BOOK_CALL_MAX] = {"Rahoitushaun enimmäistuki", NULL},
    [FP_M_BOOK_RATE_CAP] = {"Tuki enimmäisosuuden mukaan", NULL},
    [FP_M_BOOK_EU_SHARE_PUBLIC] = {"EU:n osuus julkisesta rahoituksesta", NULL},
    [FP_M_BOOK_EU_SHARE_SUPPORT] = {"EU:n osuus tuesta", NULL},

    /* ---- the workbooks' errors on the terminal ({1}: the library's own words, in English) */
    [FP_M_BOOK_CANNOT_WRITE] = {"työkirjaa ei voi kirjoittaa: {1}", NULL},
    [FP_M_BOOK_CANNOT_WRITE_IN] = {"työkirjaa ei voi kirjoittaa: {1}: {2}", NULL},

    /* ---- payment claims (fundplan claim): the kind of file */
    [FP_M_WHAT_CLAIM] = {"maksatushakemus", NULL},

    /* ---- payment claims: findings about the decision */
    [FP_M_F_DECISION_ABOVE_MAX] =
        {"päätöksen tuki {1} on suurempi kuin säännösten sallima suurin tuki {2}",
         "Päätöksen tuki ({1}) on suurempi kuin säännösten sallima suurin tuki ({2})."},
    [FP_M_F_DECISION_RATE_ABOVE] =
        {"päätöksen tuen osuus {1} on suurempi kuin enimmäisosuus {2}",
         "Päätöksen tuen osuus ({1}) on suurempi kuin enimmäisosuus ({2})."},

    /* ---- payment claims: findings about a claim file */
    [FP_M_F_CLAIM_NO_SECTION] = {"tiedostosta puuttuu osio [claim]",
                                 "Maksatushakemuksesta ei käy ilmi, mikä hakemus ja kausi se on."},
    [FP_M_F_CLAIM_LACKS] = {"osiosta [claim] puuttuu '{1}'",
                            "Maksatushakemuksesta puuttuu pakollinen tieto."},
    [FP_M_F_CLAIM_KEY_EMPTY] = {"'{1}' on tyhjä", "Maksatushakemuksen pakollinen tieto on tyhjä."},
    [FP_M_F_CLAIM_UNKNOWN_SECTION] =
        {"maksatushakemuksessa on vain osiot [claim], [costs] ja [income]: osion [{1}] tietoja ei "
         "lasketa mukaan",
         "Maksatushakemuksessa on osio, jonka lukuja ei lasketa mukaan."},
    [FP_M_F_CLAIM_FROM_DECISION] =
        {"maksatushakemuksessa ei anneta tietoa '{1}': päätöksen kustannusmalli ja "
         "prosenttimääräinen korvaus ovat voimassa, ja korvaus lasketaan toteutuneista "
         "kustannuksista",
         "Maksatushakemuksessa on oma kustannusmalli tai prosenttimääräinen korvaus; päätöksen "
         "mukaiset ovat voimassa."},
    [FP_M_F_CLAIM_REVERSED] = {"hakemuskausi päättyy ({1}) ennen kuin se alkaa ({2})",
                               "Hakemuskausi päättyy ({1}) ennen kuin se alkaa ({2})."},
    [FP_M_F_CLAIM_OUTSIDE] = {"hakemuskausi {1}–{2} ei ole hankkeen toteutusajan {3}–{4} sisällä",
                              "Hakemuskausi {1}–{2} ei ole hankkeen toteutusajan {3}–{4} sisällä."},
    [FP_M_F_CLAIM_OVERLAP] =
        {"hakemuskausi {1}–{2} on osittain sama kuin maksatushakemuksen {3} kausi ({4}–{5}, {6})",
         "Hakemuskausi {1}–{2} on osittain sama kuin maksatushakemuksen {3} kausi ({4}–{5})."},
    [FP_M_F_CLAIM_BEFORE] =
        {"hakemuskausi {1}–{2} on ennen maksatushakemuksen {3} kautta ({4}–{5}, {6})",
         "Hakemuskausi {1}–{2} on ennen aiemman maksatushakemuksen {3} kautta ({4}–{5})."},
    [FP_M_F_CLAIM_NUMBER] =
        {"tämä on maksatushakemus {1}, mutta tässä kohdassa on hakemus {2}: hakemukset numeroidaan "
         "1, 2, 3 … ja annetaan siinä järjestyksessä",
         "Maksatushakemus {1} on väärässä järjestyksessä: odotettiin hakemusta {2}."},
    [FP_M_F_CLAIM_AFTER_FINAL] =
        {"maksatushakemus {1} tulee loppumaksatushakemuksen {2} jälkeen ({3})",
         "Maksatushakemus {1} tulee loppumaksatushakemuksen {2} jälkeen."},
    [FP_M_F_CLAIM_AFTER_ELIGIBILITY] =
        {"hakemuskausi päättyy {1}, vasta päivän {2} jälkeen, joka on ohjelmakauden {3} EU-varojen "
         "tukikelpoisuuden viimeinen päivä",
         "Hakemuskausi päättyy {1}, vasta sen jälkeen kun ohjelmakauden {3} EU-varojen "
         "tukikelpoisuus päättyy {2}."},
    [FP_M_F_CLAIM_LINE_OVER] =
        {"kustannuslajin ”{1}” toteuma tähän mennessä {2}, mikä on {3} yli hyväksytyn {4}",
         "Kustannuslajin ”{1}” toteuma tähän mennessä ({2}) on {3} yli hyväksytyn määrän {4}."},
    [FP_M_F_CLAIM_LUMP_LINE] =
        {"päätöksen kustannusmalli on kertakorvaus: riviä {1} = {2} ei haeta; kertakorvaus "
         "maksetaan kokonaan, kun sen tuotos on saavutettu",
         "Hankkeelle maksetaan kertakorvaus, mutta hakemuksessa ilmoitetaan muita kustannuksia "
         "({2})."},
    [FP_M_F_CLAIM_LUMP_DIFFERS] =
        {"lump_sum = {1} poikkeaa päätöksen kertakorvauksesta {2}: maksetaan päätöksen mukainen",
         "Hakemuksen kertakorvaus ({1}) poikkeaa päätöksen kertakorvauksesta ({2}); maksetaan "
         "päätöksen mukainen."},
    [FP_M_F_CLAIM_NOT_LUMP] = {"lump_sum = {1}: päätöksen kustannusmalli ei ole kertakorvaus",
                               "Hakemuksessa ilmoitetaan kertakorvaus ({1}), mutta päätöksen "
                               "kustannusmalli ei ole kertakorvaus."},
    [FP_M_F_CLAIM_NO_ACHIEVED] =
        {"kertakorvaushankkeen loppumaksatushakemuksessa kerrotaan, saavutettiinko tuotos: "
         "achieved = yes tai no",
         "Loppumaksatushakemuksessa ei kerrota, saavutettiinko kertakorvauksen tuotos."},
    [FP_M_F_CLAIM_OVERPAID] =
        {"aiemmin on maksettu {1}, enemmän kuin tähän mennessä kertynyt tuki {2}: nyt ei makseta "
         "mitään, ja {3} vähennetään myöhemmistä maksuista",
         "Aiemmin on maksettu {1}, enemmän kuin tähän mennessä kertynyt tuki {2}; nyt ei makseta "
         "mitään, ja {3} vähennetään myöhemmistä maksuista."},
    [FP_M_F_CLAIM_REPAYMENT] =
        {"tukea on maksettu {1}, enemmän kuin hankkeelle kuuluva {2}: {3} peritään takaisin",
         "Tukea on maksettu {1}, enemmän kuin hankkeelle kuuluva {2}; {3} peritään takaisin."},
    [FP_M_F_CLAIM_UNUSED] =
        {"loppumaksatuksen jälkeen tukea jää käyttämättä {1} myönnetystä {2}:sta",
         "Loppumaksatuksen jälkeen myönnetystä tuesta ({2}) jää käyttämättä {1}."},

    /* ---- payment claims: notes */
    [FP_M_N_CLAIM_ADD] = {"aloita tiedosto osiolla [claim] ja sen tiedoilla number, start ja end",
                          NULL},
    [FP_M_N_CLAIM_DELETE] = {"poista rivi", NULL},
    [FP_M_N_CLAIM_ORDER] = {"anna kaikki hakemukset ensimmäisestä alkaen järjestyksessä: fundplan "
                            "claim PÄÄTÖS.ini 1.ini 2.ini …",
                            NULL},

    /* ---- payment claims: labels */
    [FP_M_CLAIM_T_CLAIM] = {"Maksatushakemus {1}", NULL},
    [FP_M_CLAIM_T_CLAIM_FINAL] = {"Maksatushakemus {1} (loppumaksatus)", NULL},
    [FP_M_CLAIM_T_CLAIMS] = {"Maksatushakemukset", NULL},
    [FP_M_CLAIM_T_SHEET] = {"Maksatus {1}", NULL},
    [FP_M_CLAIM_T_SHEET_FINAL] = {"Maksatus {1} (loppu)", NULL},
    [FP_M_CLAIM_T_COSTS_PERIOD] = {"Kauden kustannukset", NULL},
    [FP_M_CLAIM_T_COSTS_TO_DATE] = {"Kustannukset yhteensä", NULL},
    [FP_M_CLAIM_T_ENTITLED_SHORT] = {"Kertynyt tuki", NULL},
    [FP_M_CLAIM_T_PAYABLE_SHORT] = {"Maksettava", NULL},
    [FP_M_CLAIM_T_SUMMARY_SHEET] = {"Yhteenveto", NULL},
    [FP_M_CLAIM_T_PERIOD] = {"Hakemuskausi", NULL},
    [FP_M_CLAIM_T_NUMBER] = {"Hakemus", NULL},
    [FP_M_CLAIM_T_THIS_PERIOD] = {"Tämä kausi", NULL},
    [FP_M_CLAIM_T_CUMULATIVE] = {"Yhteensä", NULL},
    [FP_M_CLAIM_T_APPROVED] = {"Hyväksytty", NULL},
    [FP_M_CLAIM_T_REMAINING] = {"Jäljellä", NULL},
    [FP_M_CLAIM_T_ELIGIBLE_TOTAL] = {"Hyväksyttävät kokonaiskustannukset", NULL},
    [FP_M_CLAIM_T_ELIGIBLE_NET] = {"Hyväksyttävät nettomenot", NULL},
    [FP_M_CLAIM_T_ENTITLED] = {"Tukea kertynyt tähän mennessä", NULL},
    [FP_M_CLAIM_T_PAID_BEFORE] = {"Aiemmin maksettu", NULL},
    [FP_M_CLAIM_T_PAYABLE] = {"Maksettava tuki", NULL},
    [FP_M_CLAIM_T_REPAYMENT] = {"Takaisinperittävä tuki", NULL},
    [FP_M_CLAIM_T_PAID] = {"Tämän hakemuksen perusteella maksettu", NULL},
    [FP_M_CLAIM_T_SUPPORT] = {"Myönnetty tuki (euromäärä enintään)", NULL},
    [FP_M_CLAIM_T_RATE] = {"Tuen osuus enintään", NULL},
    [FP_M_CLAIM_T_SUPPORT_LEFT] = {"Maksamatta oleva tuki", NULL},
    [FP_M_CLAIM_T_DECISION] = {"Päätös", NULL},
    [FP_M_CLAIM_T_BENEFICIARY] = {"Tuensaaja", NULL},
    [FP_M_CLAIM_T_FILE] = {"Tiedosto", NULL},
    [FP_M_CLAIM_T_FINDING] = {"Havainto", NULL},
    [FP_M_CLAIM_T_SEVERITY] = {"Vakavuus", NULL},
    [FP_M_CLAIM_T_NO_FINDINGS] = {"Ei havaintoja.", NULL},

    /* ---- payment claims: the terminal */
    [FP_M_CLAIM_ENTITLED_HOW] = {"min({1} × {2}, {3})", NULL},
    [FP_M_CLAIM_LUMP_HOW] =
        {"kertakorvaus: maksetaan kokonaan loppumaksatuksessa, kun tuotos on saavutettu", NULL},

    /* ---- payment claims: the payment memo */
    [FP_M_CLAIM_MEMO_DOCTYPE] = {"MAKSATUSMUISTIO", NULL},
    [FP_M_CLAIM_MEMO_SUBJECT] = {"Maksatusmuistio", NULL},
    [FP_M_CLAIM_MEMO_GRANTED] =
        {"enintään {1}, kuitenkin enintään {2} hankkeen hyväksyttävistä {3}", NULL},
    [FP_M_CLAIM_MEMO_DRAFT] =
        {"Päätöksessä tai maksatushakemuksissa on virheitä ({1}). Tämä muistio on luonnos, eikä "
         "maksua voi esittää ennen kuin virheet on korjattu (ks. {2}).",
         NULL},
    [FP_M_CLAIM_MEMO_ENTITLED] =
        {"Tähän mennessä kertynyt tuki on {1} hyväksyttävistä kustannuksista yhteensä {2} "
         "sentteihin alaspäin pyöristettynä eli {3}, kuitenkin enintään myönnetty tuki {4}. Siitä "
         "on aiemmin maksettu {5}.",
         NULL},
    [FP_M_CLAIM_MEMO_LUMP] =
        {"Hankkeelle maksetaan kertakorvaus: ennen loppumaksatusta ei makseta mitään, ja "
         "loppumaksatuksessa maksetaan koko tuki, jos tuotos on saavutettu.",
         NULL},
    [FP_M_CLAIM_MEMO_PROPOSAL_HEAD] = {"Maksatusehdotus", NULL},
    [FP_M_CLAIM_MEMO_PAY] = {"Esitetään, että hankkeelle ”{1}” (tuensaaja {2}) maksetaan "
                             "maksatushakemuksen {4} (hakemuskausi {5}) perusteella tukea {3}.",
                             NULL},
    [FP_M_CLAIM_MEMO_REPAY] =
        {"Esitetään, että hankkeelle ”{1}” (tuensaaja {2}) maksetusta tuesta peritään takaisin {3} "
         "loppumaksatushakemuksen {4} (hakemuskausi {5}) perusteella.",
         NULL},
    [FP_M_CLAIM_MEMO_NOTHING] = {"Hankkeelle ”{1}” (tuensaaja {2}) ei makseta tukea "
                                 "maksatushakemuksen {4} (hakemuskausi {5}) perusteella.",
                                 NULL},
    [FP_M_CLAIM_MEMO_WITHHELD] = {"Maksua ei voida esittää: päätöksessä tai maksatushakemuksissa "
                                  "on virheitä, jotka on korjattava ensin (ks. {2}).",
                                  NULL},
    [FP_M_CLAIM_MEMO_LEFT] = {"Tämän maksun jälkeen myönnetystä tuesta on maksamatta {1}.", NULL},
    [FP_M_CLAIM_MEMO_NO_FINDINGS] =
        {"Päätöksestä ja maksatushakemuksista ei löytynyt virheitä eikä huomautettavaa.", NULL},

    /* ---- payment claims: usage */
    [FP_M_U_CLAIM_ARGS] = {"claim tarvitsee päätöksen (hyväksytyn suunnitelman) ja vähintään yhden "
                           "maksatushakemuksen: fundplan claim PÄÄTÖS.ini HAKEMUS.ini…",
                           NULL},
    [FP_M_U_CLAIM_OUTPUT] = {"-o:n tiedoston nimen pitää päättyä .xlsx tai .pdf, ei '{1}'", NULL},
    [FP_M_U_CLAIM_TOO_MANY] = {"enintään {1} maksatushakemusta kerrallaan", NULL},
    [FP_M_CLAIM_SYS_FONT] = {"libharu ei pystynyt upottamaan fontin osajoukkoa", NULL},

    /* ---- payment claims: the template's comments on [decision] (fundplan new) */
    [FP_M_TPL_SEC_DECISION] =
        {"rahoittajan päätös, kun se myönsi vähemmän kuin haettiin (fundplan claim)", NULL},
    [FP_M_TPL_H_DECISION_SUPPORT] = {"myönnetty tuki: maksatusten euromääräinen enimmäismäärä",
                                     NULL},
    [FP_M_TPL_H_DECISION_RATE] = {"myönnetty tuen osuus: maksatusten prosentuaalinen enimmäismäärä",
                                  NULL},
    [FP_M_TPL_H_DECISION_DATE] = {"päätöksen päivämäärä", NULL},
    [FP_M_TPL_H_DECISION_ID] = {"päätöksen diaarinumero", NULL},

    /* ---- payment claims: the command's help (fundplan claim --help) */
    [FP_M_CLI_CLAIM_SYN] = {"claim [VALITSIMET] PÄÄTÖS HAKEMUS...", NULL},
    [FP_M_CLI_CLAIM] = {"Maksatushakemukset päätöstä (hyväksyttyä suunnitelmaa) vastaan: mihin "
                        "kukin hakemus oikeuttaa ja mitä nyt maksetaan; -o kirjoittaa "
                        "maksatusmuistion (.pdf) tai työkirjan (.xlsx).",
                        NULL},
    [FP_M_U_CLAIM_STDIN] = {"vain yksi tiedostoista voi tulla vakiosyötteestä ('-')", NULL},

    /* ---- the command line's help (cli.c): one line each, cli.c wraps them */
    [FP_M_CLI_USAGE] = {"Käyttö: fundplan {1}", NULL},
    [FP_M_CLI_SYNOPSIS] = {"KOMENTO [VALITSIMET] ...", NULL},
    [FP_M_CLI_ABOUT] = {"Tarkistaa alueellisen kehittämishankkeen rahoitussuunnitelman sentilleen "
                        "ja kirjoittaa siitä päätösmuistion (PDF) ja työkirjan (XLSX).",
                        NULL},
    [FP_M_CLI_COMMANDS] = {"Komennot:", NULL},
    [FP_M_CLI_OPTIONS] = {"Valitsimet:", NULL},
    [FP_M_CLI_MORE] = {"Komennon valitsimet: fundplan KOMENTO --help; käyttöohje: man fundplan.",
                       NULL},
    [FP_M_CLI_FINDINGS] =
        {"Havainnot tulostetaan muodossa 'fundplan: TIEDOSTO:RIVI: virhe|varoitus: viesti'.", NULL},
    [FP_M_CLI_EXIT] =
        {"Paluuarvo: 0 missään suunnitelmassa ei ole virheitä (varoitukset sallitaan), 1 "
         "suunnitelmassa on virheitä, 2 käyttövirhe tai tiedostoa ei voitu lukea tai kirjoittaa.",
         NULL},
    [FP_M_CLI_LANGUAGE] = {"Viestien kieli: --lang, muuten ympäristö (LANGUAGE, LC_ALL, "
                           "LC_MESSAGES, LANG: fi* suomi, sv* ruotsi, muuten englanti). Muistiot "
                           "ja työkirjat: --lang, muuten suunnitelman language-kieli.",
                           NULL},
    [FP_M_CLI_EPOCH] = {"SOURCE_DATE_EPOCH on \"nyt\" kaikkialla, missä fundplan sitä tarvitsee: "
                        "PDF- ja XLSX-tiedostojen aikaleimat, muistion päivämäärä, kun --date tai "
                        "suunnitelma ei sitä anna, ja 'fundplan new' -komennon vuosi.",
                        NULL},
    [FP_M_CLI_FORMAT] = {"Suunnitelman muoto: docs/plan-format.md, tai aloita mallipohjasta: "
                         "fundplan new suunnitelma.ini",
                         NULL},
    [FP_M_CLI_CHECK_SYN] = {"check [VALITSIMET] SUUNNITELMA...", NULL},
    [FP_M_CLI_CHECK] = {"Tulostaa kunkin suunnitelman yhteenvedon ja havainnot; --json tulostaa "
                        "niiden sijaan yhden JSON-dokumentin. SUUNNITELMA - on vakiosyöte.",
                        NULL},
    [FP_M_CLI_NEW_SYN] = {"new [VALITSIMET] TIEDOSTO.ini", NULL},
    [FP_M_CLI_NEW] = {"Kirjoittaa mallipohjan, jossa jokainen avain on selitetty omalla kielelläsi "
                      "ja päivämäärät ovat tältä vuodelta. Ei koskaan korvaa olemassa olevaa "
                      "tiedostoa; TIEDOSTO - on vakiotuloste.",
                      NULL},
    [FP_M_CLI_MEMO_SYN] = {"memo [VALITSIMET] SUUNNITELMA", NULL},
    [FP_M_CLI_MEMO] = {"Kirjoittaa päätösmuistion (PDF), oletuksena output/NIMI.pdf. Virheellisen "
                       "suunnitelman muistio merkitään luonnokseksi.",
                       NULL},
    [FP_M_CLI_SHEET_SYN] = {"sheet [VALITSIMET] SUUNNITELMA", NULL},
    [FP_M_CLI_SHEET] = {"Kirjoittaa suunnitelman työkirjan (XLSX), oletuksena output/NIMI.xlsx.",
                        NULL},
    [FP_M_CLI_BUILD_SYN] = {"build [VALITSIMET] SUUNNITELMA|KANSIO...", NULL},
    [FP_M_CLI_BUILD] =
        {"Tarkistaa jokaisen suunnitelman (kansiosta sen *.ini-tiedostot), kirjoittaa niiden "
         "muistiot ja työkirjat tuloskansioon sekä kaikista yhteisen portfolio.xlsx-työkirjan.",
         NULL},
    [FP_M_CLI_DIFF_SYN] = {"diff [VALITSIMET] VANHA UUSI", NULL},
    [FP_M_CLI_DIFF] =
        {"Muutoshakemus: mikä muuttuu voimassa olevasta suunnitelmasta (VANHA) muutettuun (UUSI), "
         "ja havainnot muutoksesta; -o kirjoittaa sen muistion (.pdf) tai työkirjan (.xlsx).",
         NULL},
    [FP_M_CLI_OPT_ALL_L] = {"--all", NULL},
    [FP_M_CLI_OPT_ALL] = {"näytä myös rivit, jotka eivät muutu", NULL},
    [FP_M_CLI_OPT_OUTFILE_L] = {"-o, --output TIEDOSTO", NULL},
    [FP_M_CLI_OPT_OUTFILE] = {"kirjoitettava tiedosto: .pdf muistiolle, .xlsx työkirjalle", NULL},
    [FP_M_CLI_OPT_JSON_L] = {"--json", NULL},
    [FP_M_CLI_OPT_JSON] =
        {"yksi JSON-dokumentti: kaikki luvut sentteinä ja kaikki havainnot (docs/json.md)", NULL},
    [FP_M_CLI_OPT_LANG_L] = {"--lang fi|sv|en", NULL},
    [FP_M_CLI_OPT_LANG] = {"viestien sekä muistion tai työkirjan kieli", NULL},
    [FP_M_CLI_OPT_LANG_MSG] = {"viestien, yhteenvedon ja JSON-tekstien kieli", NULL},
    [FP_M_CLI_OPT_LANG_NEW] = {"mallipohjan selitysten ja tekstien kieli", NULL},
    [FP_M_CLI_OPT_DATE_L] = {"--date PÄIVÄYS", NULL},
    [FP_M_CLI_OPT_DATE] = {"muistion päiväys (oletus: suunnitelman date, muuten tämä päivä)", NULL},
    [FP_M_CLI_OPT_CALL_L] = {"--call TIEDOSTO", NULL},
    [FP_M_CLI_OPT_CALL] = {"tarkista tämän rahoitushaun sääntöjen mukaan suunnitelman nimeämän "
                           "haun sijaan (docs/rules.md)",
                           NULL},
    [FP_M_CLI_OPT_OUTPUT_L] = {"-o, --output POLKU", NULL},
    [FP_M_CLI_OPT_OUTPUT] = {"kirjoitettava tiedosto tai kansio, johon NIMI.pdf tai NIMI.xlsx "
                             "kirjoitetaan; puuttuva kansio luodaan",
                             NULL},
    [FP_M_CLI_OPT_OUTDIR_L] = {"-o, --output KANSIO", NULL},
    [FP_M_CLI_OPT_OUTDIR] = {"tuloskansio (oletus output/); se luodaan puuttuvine yläkansioineen",
                             NULL},
    [FP_M_CLI_OPT_JOBS_L] = {"-j, --jobs N", NULL},
    [FP_M_CLI_OPT_JOBS] =
        {"yhtä aikaa käsiteltävät suunnitelmat, 1–256 (oletus: suorittimien määrä)", NULL},
    [FP_M_CLI_OPT_QUIET_L] = {"-q, --quiet", NULL},
    [FP_M_CLI_OPT_QUIET] = {"ei edistymisriviä", NULL},
    [FP_M_CLI_OPT_STATS_L] = {"--stats", NULL},
    [FP_M_CLI_OPT_STATS] =
        {"suoritinaika suunnitelmaa ja vaihetta kohden, tiedostojen koot ja muistin huippukäyttö",
         NULL},
    [FP_M_CLI_OPT_HELP_L] = {"-h, --help", NULL},
    [FP_M_CLI_OPT_HELP] = {"tämä ohje", NULL},
    [FP_M_CLI_OPT_VERSION_L] = {"--version", NULL},
    [FP_M_CLI_OPT_VERSION] = {"versio", NULL},

    /* ---- the command line's usage errors (cli.c) */
    [FP_M_U_NO_COMMAND] = {"komento puuttuu", NULL},
    [FP_M_U_UNKNOWN_COMMAND] = {"tuntematon komento '{1}'", NULL},
    [FP_M_U_UNKNOWN_OPTION] = {"{1}: tuntematon valitsin '{2}'", NULL},
    [FP_M_U_OPTION_NOT_FOR] = {"komento {1} ei hyväksy valitsinta '{2}'", NULL},
    [FP_M_U_OPTION_NEEDS_VALUE] = {"{1}: valitsin '{2}' tarvitsee arvon", NULL},
    [FP_M_U_OPTION_NO_VALUE] = {"{1}: valitsimelle '{2}' ei anneta arvoa", NULL},
    [FP_M_U_BAD_JOBS] = {"-j on yhtä aikaa käsiteltävien suunnitelmien määrä 1–256, ei '{1}'",
                         NULL},
    [FP_M_U_NEEDS_PLANS] = {"{1} tarvitsee vähintään yhden suunnitelmatiedoston", NULL},
    [FP_M_U_ONE_PLAN] = {"{1} tarvitsee täsmälleen yhden suunnitelmatiedoston", NULL},
    [FP_M_U_NEW_ONE] = {"new tarvitsee yhden tiedostonimen: fundplan new suunnitelma.ini", NULL},
    [FP_M_U_BUILD_NEEDS] =
        {"build tarvitsee suunnitelmatiedostoja tai kansioita: fundplan build plans/", NULL},
    [FP_M_U_TRY] = {"Katso 'fundplan --help'.", NULL},
    [FP_M_U_TRY_CMD] = {"Katso 'fundplan {1} --help'.", NULL},
    [FP_M_U_BAD_EPOCH] = {"SOURCE_DATE_EPOCH on sekuntimäärä väliltä 0–253402300799, ei '{1}'",
                          NULL},

    /* ---- writing files (outfile.c, cli.c) */
    [FP_M_SYS_CANNOT_WRITE] = {"ei voi kirjoittaa: {1}", NULL},
    [FP_M_SYS_NOT_FILE_NAME] = {"ei ole tiedostonimi", NULL},
    [FP_M_SYS_WRITE_NOT_FOLDER] = {"ei voi kirjoittaa: {1} ei ole kansio", NULL},
    [FP_M_SYS_WRITE_NO_FOLDER] = {"ei voi kirjoittaa: kansiota {1} ei ole", NULL},
    [FP_M_SYS_WRITE_NOT_REGULAR] =
        {"ei voi kirjoittaa: se on olemassa eikä ole tavallinen tiedosto", NULL},
    [FP_M_SYS_EXISTS] = {"on jo olemassa; fundplan ei koskaan korvaa sitä", NULL},
    [FP_M_SYS_CANNOT_MKDIR] = {"kansiota {1} ei voi luoda: {2}", NULL},

    /* ---- fundplan new */
    [FP_M_NEW_WROTE] = {"kirjoitettiin {1}: muokkaa sitä ja aja sitten: fundplan check {1}", NULL},

    /* ---- fundplan build's summary (build.c) */
    [FP_M_BUILD_PLANS1] = {"1 suunnitelma", NULL},
    [FP_M_BUILD_PLANS] = {"{1} suunnitelmaa", NULL},
    [FP_M_BUILD_FILES1] = {"1 tiedosto kirjoitettu", NULL},
    [FP_M_BUILD_FILES] = {"{1} tiedostoa kirjoitettu", NULL},
    [FP_M_BUILD_SUMMARY] = {"{1}, joista virheellisiä {2}, varoituksia sisältäviä {3}, "
                            "epäonnistuneita {4}; {5}; {6} s",
                            NULL},
    [FP_M_BUILD_SECONDS] = {"{1},{2}", NULL},
    [FP_M_BUILD_NO_PLANS] = {"kansiossa ei ole suunnitelmia (*.ini-tiedostoja)", NULL},

    /* ---- the template of fundplan new: its head, and a comment per section and key (schema.c) */
    [FP_M_TPL_HEAD] = {"Rahoitussuunnitelma fundplan-ohjelmaa varten. Muoto: docs/plan-format.md. "
                       "Tarkista se: fundplan check TIEDOSTO",
                       NULL},
    [FP_M_TPL_VALUES] = {"Summat euroina (40 000 tai 40 000,50), prosentit kuten 40 %, päivämäärät "
                         "kuten 1.1.{1} tai {1}-01-01.",
                         NULL},
    [FP_M_TPL_COMMENTED] = {"Puolipisteellä (;) alkava rivi on kommentti: poista ; ottaaksesi "
                            "avaimen käyttöön. Korvaa mallipohjan tekstit suunnitelman omilla.",
                            NULL},
    [FP_M_TPL_REQUIRED] = {"pakollinen", NULL},
    [FP_M_TPL_SEC_PROJECT] = {"hanke", NULL},
    [FP_M_TPL_SEC_DESCRIPTION] = {"muistion tekstit; \\-merkkiin päättyvä rivi jatkuu seuraavalla",
                                  NULL},
    [FP_M_TPL_SEC_COSTS] = {"kustannusarvio, tai yksi [costs.VVVV] kullekin vuodelle; 40 %:n "
                            "prosenttimääräinen korvaus kattaa kaikki muut kustannukset",
                            NULL},
    [FP_M_TPL_SEC_INCOME] =
        {"tulot, jotka vähennetään kustannuksista; tai yksi [income.VVVV] kullekin vuodelle", NULL},
    [FP_M_TPL_SEC_FINANCING] = {"rahoitussuunnitelma: summa on sentilleen kustannukset − tulot; "
                                "tai yksi [financing.VVVV] kullekin vuodelle",
                                NULL},
    [FP_M_TPL_SEC_DECLARED] = {"luvut kuten hakemus ne ilmoittaa; niitä verrataan laskettuihin",
                               NULL},
    [FP_M_TPL_SEC_RULES] =
        {"rahoitusmuodon tai -haun säännöt, joita tämä suunnitelma muuttaa (docs/rules.md)", NULL},
    [FP_M_TPL_SEC_CALL] = {"rahoitushaku: sen nimi ja rahoittajan säännöt (docs/rules.md)", NULL},
    [FP_M_TPL_H_NAME] = {"hankkeen nimi, kuten se näkyy muistiossa", NULL},
    [FP_M_TPL_H_ID] = {"rahoittajan diaarinumero", NULL},
    [FP_M_TPL_H_APPLICANT] = {"hakijaorganisaatio", NULL},
    [FP_M_TPL_H_PARTNERS] = {"osatoteuttajat pilkuin eroteltuina", NULL},
    [FP_M_TPL_H_FUNDER] = {"rahoittava viranomainen", NULL},
    [FP_M_TPL_H_INSTRUMENT] = {"AIKO, AKKE, EAKR tai osiossa [rules] määritelty nimi", NULL},
    [FP_M_TPL_H_PROGRAMME] =
        {"ohjelmakausi, 2014-2020 tai 2021-2027 (oletus: alkamispäivän mukaan)", NULL},
    [FP_M_TPL_H_TYPE] = {"development (kehittämishanke) tai investment (investointihanke)", NULL},
    [FP_M_TPL_H_REGION] = {"maakunta; EAKR-tuen EU-osuus määräytyy sen mukaan", NULL},
    [FP_M_TPL_H_PRIORITY] = {"ohjelman toimintalinja", NULL},
    [FP_M_TPL_H_OBJECTIVE] = {"erityistavoite", NULL},
    [FP_M_TPL_H_APPLICATION] = {"hakemuksen numero EURA-järjestelmässä", NULL},
    [FP_M_TPL_H_TARGET_AREA] = {"hankkeen kohdealue", NULL},
    [FP_M_TPL_H_START] = {"hankkeen ensimmäinen päivä", NULL},
    [FP_M_TPL_H_END] = {"hankkeen viimeinen päivä, ei ennen alkamispäivää", NULL},
    [FP_M_TPL_H_LANGUAGE] = {"fi, sv tai en: muistion ja työkirjan kieli", NULL},
    [FP_M_TPL_H_DATE] = {"muistion päiväys (oletus: kirjoituspäivä)", NULL},
    [FP_M_TPL_H_PRESENTER] = {"esittelijä", NULL},
    [FP_M_TPL_H_CALL] = {"rahoitushaun tiedosto suunnitelman vieressä (docs/rules.md)", NULL},
    [FP_M_TPL_H_PREPARER] = {"valmistelija", NULL},
    [FP_M_TPL_H_PREPARER_TITLE] = {"valmistelijan tehtävänimike", NULL},
    [FP_M_TPL_H_PREPARER_PHONE] = {"valmistelijan puhelinnumero", NULL},
    [FP_M_TPL_H_PREPARER_EMAIL] = {"valmistelijan sähköpostiosoite", NULL},
    [FP_M_TPL_H_SUMMARY] = {"hankkeen tiivistelmä", NULL},
    [FP_M_TPL_H_GOALS] = {"hankkeen tavoitteet", NULL},
    [FP_M_TPL_H_ACTIONS] = {"hankkeen toimenpiteet", NULL},
    [FP_M_TPL_H_ASSESSMENT] = {"rahoittajan arvio", NULL},
    [FP_M_TPL_H_TEXT_FILE] =
        {"sama teksti suunnitelman vieressä olevasta UTF-8-tiedostosta (ei molempia)", NULL},
    [FP_M_TPL_H_FLAT_RATE] = {"prosenttimääräinen korvaus: tämä osuus henkilöstökustannuksista "
                              "(tai välittömistä kustannuksista) lisätään",
                              NULL},
    [FP_M_TPL_H_FLAT_RATE_BASE] = {"staff tai direct: mistä prosenttimääräinen korvaus lasketaan",
                                   NULL},
    [FP_M_TPL_H_COST_MODEL] = {"actual (tosiasialliset kustannukset), flat_rate "
                               "(prosenttimääräinen korvaus) tai lump_sum (kertakorvaus)",
                               NULL},
    [FP_M_TPL_H_TOTAL] = {"pelkkä kokonaissumma, vain jos erittelyä ei tiedetä", NULL},
    [FP_M_TPL_H_REVENUE] = {"tulot, jotka vähennetään kustannuksista", NULL},
    [FP_M_TPL_H_FIN_EAKR] = {"EAKR-rahoitus ja valtion rahoitus yhdessä", NULL},
    [FP_M_TPL_H_FIN_IN_KIND] = {"talkootyö rahoituksena, yhtä paljon kuin osiossa [costs]", NULL},
    [FP_M_TPL_H_MAX_SUPPORT_RATE] = {"tuen enimmäisosuus", NULL},
    [FP_M_TPL_H_INVESTMENT_RATE] = {"investointikustannusten tuen enimmäisosuus", NULL},
    [FP_M_TPL_H_MAX_SUPPORT] = {"tuen enimmäismäärä euroina", NULL},
    [FP_M_TPL_H_MIN_SUPPORT] = {"tuen vähimmäismäärä euroina", NULL},
    [FP_M_TPL_H_MAX_TOTAL_COSTS] = {"kokonaiskustannusten enimmäismäärä", NULL},
    [FP_M_TPL_H_MAX_LUMP_SUM] = {"kertakorvauksen enimmäismäärä", NULL},
    [FP_M_TPL_H_MIN_OWN_SHARE] = {"omarahoitusosuuden vähimmäismäärä", NULL},
    [FP_M_TPL_H_MIN_MUNICIPAL_SHARE] = {"kuntarahoitusosuuden vähimmäismäärä", NULL},
    [FP_M_TPL_H_SHARE_BASE] = {"financing tai total_costs: mistä osuudet lasketaan", NULL},
    [FP_M_TPL_H_SUPPORT_BASE] = {"total_costs tai net_costs: mistä tuen osuus lasketaan", NULL},
    [FP_M_TPL_H_SUPPORT_SOURCE] = {"rahoitusrivi, joka on tuki", NULL},
    [FP_M_TPL_H_COST_MODELS] = {"sallitut kustannusmallit pilkuin eroteltuina", NULL},
    [FP_M_TPL_H_START_FROM] = {"aikaisin sallittu alkamispäivä", NULL},
    [FP_M_TPL_H_END_BY] = {"myöhäisin sallittu päättymispäivä", NULL},
    [FP_M_TPL_H_MAX_MONTHS] = {"toteutusajan enimmäispituus kuukausina", NULL},
    [FP_M_TPL_H_FLAT_RATE_ROUNDING] =
        {"cent tai euro: miten prosenttimääräinen korvaus pyöristetään", NULL},
    [FP_M_TPL_H_YEARLY_BALANCE] =
        {"warning tai error: vuoden rahoitus, joka poikkeaa vuoden nettomenoista", NULL},
    [FP_M_TPL_H_EU_SHARE] = {"EU:n osuus tuesta", NULL},
    [FP_M_TPL_H_EU_SHARE_BASE] = {"public tai support: mistä EU-osuus lasketaan", NULL},
    [FP_M_TPL_H_CALL_NAME] = {"rahoitushaun nimi", NULL},
    [FP_M_TPL_H_CALL_ID] = {"rahoitushaun tunnus", NULL},
    [FP_M_TPL_H_CALL_FUNDER] = {"haun avannut rahoittaja", NULL},

    /* ---- the template's texts: check.c warns when a plan still holds one (FP_F_PLACEHOLDER) */
    [FP_M_TPL_NAME] = {"Hankkeen nimi", NULL},
    [FP_M_TPL_APPLICANT] = {"Hakijan nimi", NULL},
    [FP_M_TPL_FUNDER] = {"Rahoittajan nimi", NULL},
    [FP_M_TPL_SUMMARY] = {"Hankkeen tiivistelmä muutamalla virkkeellä.", NULL},
    [FP_M_TPL_GOALS] = {"Mitä hanke tavoittelee.", NULL},
    [FP_M_TPL_ACTIONS] = {"Mitä hanke tekee tavoitteidensa saavuttamiseksi.", NULL},
    [FP_M_F_PLACEHOLDER] = {"{1} sisältää yhä mallipohjan tekstin '{2}'",
                            "Suunnitelmassa on yhä mallipohjan teksti '{2}'."},
    [FP_M_N_PLACEHOLDER] = {"kirjoita tähän suunnitelman oma teksti", NULL},
    [FP_M_TPL_ASSESSMENT] = {"Rahoittajan arvio hankkeesta.", NULL},

    /* ---- change applications (fundplan diff): findings about the change, preparer's and reader's
       voice */
    [FP_M_F_CHANGE_SUPPORT_UP] =
        {"tuki kasvaa {3} (voimassa oleva {1}, muutettu {2}): korotus edellyttää päätöstä "
         "lisärahoituksesta",
         "Tuki kasvaisi {3}: voimassa olevan päätöksen mukaan tuki on {1}, muutetun suunnitelman "
         "mukaan {2}. Korotus edellyttää päätöstä lisärahoituksesta."},
    [FP_M_F_CHANGE_MODEL] =
        {"kustannusmalli muuttuu ({1} → {2}): malli on sama koko hankkeen ajan (VNA 866/2021 2 §)",
         "Muutos vaihtaisi hankkeen kustannusmallin ({1}) toiseen ({2}). Kustannusmalli on sama "
         "koko hankkeen ajan (valtioneuvoston asetus 866/2021, 2 §), joten muutosta ei voida "
         "hyväksyä."},
    [FP_M_F_CHANGE_FLAT_RATE] =
        {"prosenttimääräisen korvauksen prosentti muuttuu ({1} → {2}): kustannusmalli "
         "prosentteineen on sama koko hankkeen ajan (VNA 866/2021 2 §)",
         "Muutos muuttaisi prosenttimääräisen korvauksen prosenttia (voimassa oleva {1}, muutettu "
         "{2}). Kustannusmalli prosentteineen on sama koko hankkeen ajan (valtioneuvoston asetus "
         "866/2021, 2 §), joten muutosta ei voida hyväksyä."},
    [FP_M_F_CHANGE_FLAT_BASE] =
        {"prosenttimääräisen korvauksen laskentaperuste muuttuu ({1} → {2}): kustannusmalli on "
         "sama koko hankkeen ajan (VNA 866/2021 2 §)",
         "Muutos laskisi prosenttimääräisen korvauksen eri perusteesta (voimassa oleva {1}, "
         "muutettu {2}). Kustannusmalli on sama koko hankkeen ajan (valtioneuvoston asetus "
         "866/2021, 2 §), joten muutosta ei voida hyväksyä."},
    [FP_M_F_CHANGE_PERIOD_MONTHS] =
        {"toteutusaikaa jatketaan {3} kuukaudella: hanke päättyy {2} eikä {1}",
         "Hankkeen toteutusaikaa jatkettaisiin {3} kuukaudella: hanke päättyisi {2} eikä {1}."},
    [FP_M_F_CHANGE_PERIOD_MONTH] =
        {"toteutusaikaa jatketaan 1 kuukaudella: hanke päättyy {2} eikä {1}",
         "Hankkeen toteutusaikaa jatkettaisiin kuukaudella: hanke päättyisi {2} eikä {1}."},
    [FP_M_F_CHANGE_PERIOD_DAYS] =
        {"toteutusaikaa jatketaan {3} päivällä: hanke päättyy {2} eikä {1}",
         "Hankkeen toteutusaikaa jatkettaisiin {3} päivällä: hanke päättyisi {2} eikä {1}."},
    [FP_M_F_CHANGE_START_EARLIER] =
        {"hanke alkaa nyt {2}, aiemmin kuin voimassa oleva alkamispäivä {1}",
         "Hanke alkaisi {2} eikä {1} eli aiemmin kuin on päätetty."},
    [FP_M_F_CHANGE_RATE_UP] =
        {"tuen osuus kasvaa (voimassa oleva {1}, muutettu {2})",
         "Tuen osuus kasvaisi voimassa olevan päätöksen osuutta suuremmaksi: voimassa olevan "
         "päätöksen mukaan {1}, muutetun suunnitelman mukaan {2}."},
    [FP_M_F_CHANGE_FIELD] = {"{1} muuttuu: '{2}' → '{3}'",
                             "Muutoshakemuksessa {1} muuttuu: aiemmin ”{2}”, nyt ”{3}”."},
    [FP_M_F_CHANGE_ID] = {"diaarinumero muuttuu ('{1}' → '{2}'): id yhdistää suunnitelman kaksi "
                          "versiota; onko kyse samasta hankkeesta?",
                          "Suunnitelmien diaarinumerot poikkeavat toisistaan (”{1}” ja ”{2}”): ne "
                          "eivät ehkä ole saman hankkeen kaksi versiota."},
    [FP_M_F_CHANGE_PARTNER_ADDED] = {"osatoteuttaja lisätään: {1}",
                                     "Hankkeeseen tulee uusi osatoteuttaja: {1}."},
    [FP_M_F_CHANGE_PARTNER_REMOVED] = {"osatoteuttaja poistuu: {1}",
                                       "Osatoteuttaja {1} jää pois hankkeesta."},

    /* ---- change applications: what a finding about a field names (a noun phrase inside a
       sentence) */
    [FP_M_DIFF_FIELD_NAME] = {"hankkeen nimi", NULL},
    [FP_M_DIFF_FIELD_APPLICANT] = {"hakija", NULL},
    [FP_M_DIFF_FIELD_FUNDER] = {"rahoittaja", NULL},
    [FP_M_DIFF_FIELD_INSTRUMENT] = {"rahoitusmuoto", NULL},
    [FP_M_DIFF_BASE_STAFF] = {"henkilöstökustannukset", NULL},
    [FP_M_DIFF_BASE_DIRECT] = {"välittömät kustannukset", NULL},

    /* ---- change applications: the terminal, the workbook and the memo */
    [FP_M_DIFF_OLD_ERRORS] =
        {"voimassa olevassa suunnitelmassa on virheitä (alla); ne eivät estä vertailua", NULL},
    [FP_M_DIFF_SAME_FILE] = {"molemmat suunnitelmat ovat sama tiedosto: mikään ei voi muuttua",
                             NULL},
    [FP_M_DIFF_NOT_COMPARED] = {"ei verrattu: {1} ei ole rahoitussuunnitelma", NULL},
    [FP_M_DIFF_TITLE] = {"Muutoshakemus", NULL},
    [FP_M_DIFF_COL_OLD] = {"Voimassa oleva", NULL},
    [FP_M_DIFF_COL_NEW] = {"Muutettu", NULL},
    [FP_M_DIFF_COL_DELTA] = {"Muutos", NULL},
    [FP_M_DIFF_COL_PCT] = {"Muutos %", NULL},
    [FP_M_DIFF_KEY_FIGURES] = {"Tunnusluvut", NULL},
    [FP_M_DIFF_PP] = {"{1}-yks.", NULL},
    [FP_M_DIFF_SHARE_ROW] = {"{1}, osuus", NULL},
    [FP_M_DIFF_PERIOD_ROW] = {"Toteutusaika, kk", NULL},
    [FP_M_DIFF_NO_CHANGES] = {"Kustannusarvion ja rahoitussuunnitelman rivit eivät muutu.", NULL},
    [FP_M_DIFF_SHEET] = {"Muutos", NULL},
    [FP_M_DIFF_SHEET_FINDINGS] = {"Tarkistukset", NULL},
    [FP_M_DIFF_COL_SEVERITY] = {"Vakavuus", NULL},
    [FP_M_DIFF_COL_CONCERNS] = {"Koskee", NULL},
    [FP_M_DIFF_COL_FINDING] = {"Havainto", NULL},
    [FP_M_DIFF_COL_EXPLANATION] = {"Selitys", NULL},
    [FP_M_DIFF_CONCERNS_CHANGE] = {"Muutos", NULL},
    [FP_M_DIFF_CONCERNS_NEW] = {"Muutettu suunnitelma", NULL},
    [FP_M_DIFF_NO_FINDINGS] = {"Ei havaintoja.", NULL},
    [FP_M_DIFF_MEMO_TITLE] = {"Muutoshakemus: {1}", NULL},
    [FP_M_DIFF_MEMO_SUBJECT] = {"Muutoshakemuksen muistio", NULL},
    [FP_M_DIFF_MEMO_INTRO] =
        {"{1} hakee muutosta hankkeen voimassa olevaan rahoitussuunnitelmaan. Tässä muistiossa "
         "verrataan voimassa olevaa suunnitelmaa muutettuun suunnitelmaan.",
         NULL},
    [FP_M_DIFF_MEMO_SUPPORT_HEAD] = {"Tuki ennen muutosta ja sen jälkeen", NULL},
    [FP_M_DIFF_MEMO_SUPPORT_UP] = {"Tuki kasvaa {1}: voimassa olevan päätöksen mukaan se on {2}, "
                                   "muutetun suunnitelman mukaan {3}.",
                                   NULL},
    [FP_M_DIFF_MEMO_SUPPORT_DOWN] = {"Tuki pienenee {1}: voimassa olevan päätöksen mukaan se on "
                                     "{2}, muutetun suunnitelman mukaan {3}.",
                                     NULL},
    [FP_M_DIFF_MEMO_SUPPORT_SAME] = {"Tuki pysyy ennallaan: {1}.", NULL},
    [FP_M_DIFF_MEMO_FINDINGS_HEAD] = {"Muutoksen arviointi", NULL},
    [FP_M_DIFF_MEMO_NO_CHANGE_FINDINGS] =
        {"Muutos ei muuta kustannusmallia, toteutusaikaa, tukea eikä hankkeen perustietoja: mikään "
         "siinä ei edellytä erillistä päätöstä.",
         NULL},
    [FP_M_DIFF_MEMO_NEW_FINDINGS_HEAD] = {"Muutetun suunnitelman tarkistukset", NULL},
    [FP_M_DIFF_MEMO_DRAFT_ONE] =
        {"Muutetussa suunnitelmassa tai muutoksessa on 1 virhe. Tämä muistio on luonnos: sitä ei "
         "voi esittää päätettäväksi ennen kuin virhe on korjattu (ks. {2}).",
         NULL},
    [FP_M_DIFF_MEMO_DRAFT_MANY] =
        {"Muutetussa suunnitelmassa tai muutoksessa on {1} virhettä. Tämä muistio on luonnos: sitä "
         "ei voi esittää päätettäväksi ennen kuin virheet on korjattu (ks. {2}).",
         NULL},
    [FP_M_DIFF_MEMO_PROPOSAL] =
        {"Muutos hyväksytään: {1} hyväksyy hankkeen ”{2}” (hakija {3}) muutetun "
         "rahoitussuunnitelman ja myöntää hankkeelle {4} enintään {5}, kuitenkin enintään {6} "
         "hankkeen hyväksyttävistä {7}. Toteutusaika on {8}–{9}.",
         NULL},
    [FP_M_DIFF_MEMO_NO_PROPOSAL] = {"Päätösehdotusta ei voida tehdä: muutetussa suunnitelmassa tai "
                                    "muutoksessa on virheitä, jotka on korjattava ensin (ks. {1}).",
                                    NULL},

    /* ---- change applications: usage errors */
    [FP_M_U_DIFF_OPERANDS] =
        {"diff tarvitsee kaksi suunnitelmatiedostoa: fundplan diff VANHA.ini UUSI.ini", NULL},
    [FP_M_U_DIFF_OUTPUT] = {"-o:n tiedoston nimen pitää päättyä .pdf tai .xlsx, ei '{1}'", NULL},
    [FP_M_U_DIFF_STDIN] = {"vain toinen suunnitelmista voi tulla vakiosyötteestä ('-')", NULL},

    /* ---- the portfolio workbook (book_portfolio.c); sheet and table names: ASCII, 31 characters
       at most, no : / ? * [ ] or backslash; a table name also no spaces */
    [FP_M_PF_SHEET_PLANS] = {"Hankkeet", NULL},
    [FP_M_PF_SHEET_SUMMARY] = {"Yhteenveto", NULL},
    [FP_M_PF_TABLE] = {"Hankelista", NULL},
    [FP_M_PF_TITLE] = {"Hankesalkku", NULL},
    [FP_M_PF_STATUS] = {"Tila", NULL},
    [FP_M_PF_STATUS_ERRORS] = {"Virheitä", NULL},
    [FP_M_PF_STATUS_WARNINGS] = {"Varoituksia", NULL},
    [FP_M_PF_STATUS_OK] = {"Kunnossa", NULL},
    [FP_M_PF_ERRORS] = {"Virheet", NULL},
    [FP_M_PF_WARNINGS] = {"Varoitukset", NULL},
    [FP_M_PF_START] = {"Alkaa", NULL},
    [FP_M_PF_END] = {"Päättyy", NULL},
    [FP_M_PF_INCOME] = {"Tulot", NULL},
    [FP_M_PF_FILE] = {"Tiedosto", NULL},
    [FP_M_PF_YEAR_SUPPORT] = {"Tuki {1}", NULL},
    [FP_M_PF_TOTAL_CLEAN] = {"Yhteensä, virheettömät hankkeet", NULL},
    [FP_M_PF_TOTAL_ERRORS] = {"Virheelliset hankkeet (eivät mukana summissa)", NULL},
    [FP_M_PF_PLANS] = {"Hankkeita", NULL},
    [FP_M_PF_ERROR_PLANS] = {"Virheellisiä hankkeita", NULL},
    [FP_M_PF_ERROR_SUPPORT] = {"Virheellisten hankkeiden tuki", NULL},
    [FP_M_PF_BY_INSTRUMENT] = {"Rahoitusmuodoittain", NULL},
    [FP_M_PF_BY_FUNDER] = {"Rahoittajittain", NULL},
    [FP_M_PF_BY_YEAR] = {"Tuki vuosittain", NULL},
    [FP_M_PF_NOT_BY_YEAR] = {"ei jaettu vuosille", NULL},
    [FP_M_PF_UNKNOWN] = {"(ei tiedossa)", NULL},
    [FP_M_PF_CLEAN_NOTE] = {"Luvut ja summat sisältävät vain hankkeet, joissa ei ole virheitä; "
                            "virheelliset hankkeet näkyvät erikseen.",
                            NULL},
    [FP_M_PF_CHART_TITLE] = {"Virheettömät hankkeet rahoitusmuodoittain", NULL},

    /* ---- the portfolio's errors on the terminal */
    [FP_M_PF_CANNOT_SPOOL] = {"hankesalkun väliaikaistiedostoa ei voi luoda kansioon {1}: {2}",
                              NULL},
    [FP_M_PF_SPOOL_WRITE] = {"hankesalkun väliaikaistiedostoa ei voi kirjoittaa: {1}", NULL},
    [FP_M_PF_SPOOL_READ] = {"hankesalkun väliaikaistiedostoa ei voi lukea: {1}", NULL},
    [FP_M_PF_SPOOL_SHORT] = {"hankesalkun väliaikaistiedostoa ei voi lukea: se loppuu kesken",
                             NULL},
    [FP_M_PF_TOO_MANY] = {"{1} hanketta ei mahdu yhdelle laskentataulukolle", NULL},
    [FP_M_PF_OVERFLOW] = {"hankesalkun summat ovat suurempia kuin fundplan pystyy laskemaan", NULL},

    /* ---- the funding rules (check.c): one flat rate for the whole project, the base a rate is a
       share of, support on costs the flat rate covers */
    [FP_M_F_FLAT_YEARS_DIFFER] = {"flat_rate = {1} poikkeaa rivin {3} korvausprosentista {2}: "
                                  "kustannusmalli on sama koko hankkeen ajan",
                                  "Suunnitelmassa on eri vuosina eri prosenttimääräinen korvaus, "
                                  "vaikka kustannusmalli on sama koko hankkeen ajan."},
    [FP_M_F_FLAT_BASE_DIFFERS] =
        {"flat_rate_base = {1} poikkeaa rivin {3} perusteesta {2}: kustannusmalli on sama koko "
         "hankkeen ajan",
         "Suunnitelmassa prosenttimääräinen korvaus lasketaan eri vuosina eri kustannuksista, "
         "vaikka kustannusmalli on sama koko hankkeen ajan."},
    [FP_M_F_SUPPORT_ABOVE_COVERED] =
        {"tuki {1} ylittää suurimman sallitun tuen {2}: enintään {3} määrästä {4}, koska "
         "prosenttimääräinen korvaus kattaa muut kustannukset {5}",
         "Haettu tuki ({1}) ylittää suurimman sallitun tuen {2}: prosenttimääräisen korvauksen jo "
         "kattamille kustannuksille ({5}) ei myönnetä tukea."},
    [FP_M_N_FLAT_BASE] = {"kauden {1}:n korvaus lasketaan {2}: kirjoita flat_rate_base = {3}",
                          NULL},

    /* ---- the funding rules (check.c): a period longer than max_months by less than half a month
     */
    [FP_M_F_TOO_LONG_DAYS] = {"hanke kestää yli {3} kuukautta: se päättyy {1}, päivän {2} jälkeen, "
                              "jolloin {3} kuukautta alusta on kulunut ({4})",
                              "Hanke kestää yli {3} kuukautta: se päättyy {1}, päivän {2} jälkeen; "
                              "rahoitushaku sallii enintään {3} kuukautta."},
};
