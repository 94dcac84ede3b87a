/*
 * msg_sv.c - every word fundplan says, in Swedish: terms of rakennerahastot.fi/sv and decrees
 * 866/2021 and 867/2021. One entry per enum fp_msg (msgid.h): {the text, the memo reader's text for
 * findings}. Placeholders {1} ... are figures, written the Swedish way by msg.c. Glossary:
 * docs/glossary.md. SPDX-License-Identifier: MIT
 */
#include "msg.h"

const struct fp_msg_text fp_msg_sv[FP_MSG_COUNT] = {

    /* ---- severities */
    [FP_M_SEV_NOTE] = {"anmärkning", NULL},
    [FP_M_SEV_WARNING] = {"varning", NULL},
    [FP_M_SEV_ERROR] = {"fel", NULL},
    [FP_M_SEVD_NOTE] = {"Anmärkning", NULL},
    [FP_M_SEVD_WARNING] = {"Varning", NULL},
    [FP_M_SEVD_ERROR] = {"Fel", NULL},
    [FP_M_MORE_E1] = {"ytterligare 1 fel visas inte", NULL},
    [FP_M_MORE_E] = {"ytterligare {1} fel visas inte", NULL},
    [FP_M_MORE_W1] = {"ytterligare 1 varning visas inte", NULL},
    [FP_M_MORE_W] = {"ytterligare {2} varningar visas inte", NULL},
    [FP_M_MORE_E1_W1] = {"ytterligare 1 fel och 1 varning visas inte", NULL},
    [FP_M_MORE_E1_W] = {"ytterligare 1 fel och {2} varningar visas inte", NULL},
    [FP_M_MORE_E_W1] = {"ytterligare {1} fel och 1 varning visas inte", NULL},
    [FP_M_MORE_E_W] = {"ytterligare {1} fel och {2} varningar visas inte", NULL},

    /* ---- cost categories (enum fp_cost order) */
    [FP_M_COST_STAFF] = {"Personalkostnader", NULL},
    [FP_M_COST_FLAT_RATE] = {"Procentuell ersättning (flat rate)", NULL},
    [FP_M_COST_PURCHASED] = {"Köpta tjänster", NULL},
    [FP_M_COST_TRAVEL] = {"Resekostnader", NULL},
    [FP_M_COST_EQUIPMENT] = {"Anskaffning av maskiner och utrustning", NULL},
    [FP_M_COST_CONSTRUCTION] = {"Byggande", NULL},
    [FP_M_COST_OTHER] = {"Övriga kostnader", NULL},
    [FP_M_COST_IN_KIND] = {"Talkoarbete", NULL},
    [FP_M_COST_LUMP_SUM] = {"Engångsersättning", NULL},

    /* ---- financing sources (enum fp_source order) */
    [FP_M_SRC_AIKO] = {"AIKO-finansiering", NULL},
    [FP_M_SRC_AKKE] = {"AKKE-finansiering", NULL},
    [FP_M_SRC_EAKR] = {"ERUF- och statlig finansiering", NULL},
    [FP_M_SRC_MUNICIPAL] = {"Kommunal finansiering", NULL},
    [FP_M_SRC_OTHER_PUBLIC] = {"Annan offentlig finansiering", NULL},
    [FP_M_SRC_PRIVATE] = {"Privat finansiering", NULL},
    [FP_M_SRC_IN_KIND] = {"Talkoarbete", NULL},

    /* ---- a source as the object of "grants ... X" (enum fp_source order): Finnish needs the
       partitive */
    [FP_M_GRANT_AIKO] = {"AIKO-finansiering", NULL},
    [FP_M_GRANT_AKKE] = {"AKKE-finansiering", NULL},
    [FP_M_GRANT_EAKR] = {"ERUF- och statlig finansiering", NULL},
    [FP_M_GRANT_MUNICIPAL] = {"kommunal finansiering", NULL},
    [FP_M_GRANT_OTHER_PUBLIC] = {"annan offentlig finansiering", NULL},
    [FP_M_GRANT_PRIVATE] = {"privat finansiering", NULL},
    [FP_M_GRANT_IN_KIND] = {"talkoarbete", NULL},

    /* ---- report labels (enum fp_text order) */
    [FP_M_T_COST_ESTIMATE] = {"Kostnadsförslag", NULL},
    [FP_M_T_FINANCING_PLAN] = {"Finansieringsplan", NULL},
    [FP_M_T_TOTAL_COSTS] = {"Totalkostnader", NULL},
    [FP_M_T_INCOME] = {"Avgår: intäkter", NULL},
    [FP_M_T_NET_COSTS] = {"Nettoutgifter som ska finansieras", NULL},
    [FP_M_T_TOTAL_FINANCING] = {"Finansiering totalt", NULL},
    [FP_M_T_SUPPORT] = {"Stöd", NULL},
    [FP_M_T_SUPPORT_RATE] = {"Stödandel", NULL},
    [FP_M_T_MAX_RATE] = {"Högsta stödandel", NULL},
    [FP_M_T_PUBLIC_SHARE] = {"Andel offentlig finansiering", NULL},
    [FP_M_T_SHARE] = {"Andel", NULL},
    [FP_M_T_AMOUNT] = {"Euro", NULL},
    [FP_M_T_TOTAL] = {"Totalt", NULL},
    [FP_M_T_YEAR] = {"År", NULL},
    [FP_M_T_PROJECT] = {"Projekt", NULL},
    [FP_M_T_CASE_ID] = {"Diarienummer", NULL},
    [FP_M_T_APPLICANT] = {"Sökande", NULL},
    [FP_M_T_PARTNERS] = {"Delgenomförare", NULL},
    [FP_M_T_FUNDER] = {"Finansiär", NULL},
    [FP_M_T_INSTRUMENT] = {"Finansieringsform", NULL},
    [FP_M_T_PERIOD] = {"Genomförandetid", NULL},
    [FP_M_T_MONTHS] = {"mån.", NULL},
    [FP_M_T_SUMMARY] = {"Sammanfattning", NULL},
    [FP_M_T_GOALS] = {"Mål", NULL},
    [FP_M_T_ACTIONS] = {"Åtgärder", NULL},
    [FP_M_T_PREPARER] = {"Beredare", NULL},
    [FP_M_T_FINDINGS] = {"Kontroller", NULL},
    [FP_M_T_ERROR] = {"fel", NULL},
    [FP_M_T_WARNING] = {"varning", NULL},
    [FP_M_T_LINE] = {"rad", NULL},
    [FP_M_T_BALANCE] = {"Finansiering − nettoutgifter", NULL},
    [FP_M_T_PROGRAMME] = {"Programperiod", NULL},
    [FP_M_T_PRIORITY] = {"Insatsområde", NULL},
    [FP_M_T_OBJECTIVE] = {"Specifikt mål", NULL},
    [FP_M_T_APPLICATION] = {"Ansökningsnummer", NULL},
    [FP_M_T_TARGET_AREA] = {"Målområde", NULL},
    [FP_M_T_REGION] = {"Landskap", NULL},
    [FP_M_T_PRESENTER] = {"Föredragande", NULL},
    [FP_M_T_ASSESSMENT] = {"Finansiärens bedömning", NULL},
    [FP_M_T_COST_MODEL] = {"Kostnadsmodell", NULL},
    [FP_M_T_PROJECT_TYPE] = {"Projekttyp", NULL},
    [FP_M_T_CALL] = {"Ansökningsomgång", NULL},
    [FP_M_T_EU_PART] = {"varav EU:s andel", NULL},
    [FP_M_T_STATE_PART] = {"varav statens andel", NULL},
    [FP_M_T_MAX_SUPPORT] = {"Största tillåtna stöd", NULL},
    [FP_M_T_DEVELOPMENT] = {"utvecklingsprojekt", NULL},
    [FP_M_T_INVESTMENT] = {"investeringsprojekt", NULL},
    [FP_M_T_MODEL_ACTUAL] = {"faktiska kostnader", NULL},
    [FP_M_T_MODEL_FLAT] = {"procentuell ersättning (flat rate)", NULL},
    [FP_M_T_MODEL_LUMP] = {"engångsersättning", NULL},
    [FP_M_T_OF_STAFF] = {"av personalkostnaderna", NULL},
    [FP_M_T_OF_DIRECT] = {"av de direkta kostnaderna", NULL},

    /* ---- instruments */
    [FP_M_INSTR_AIKO] = {"AIKO – regionala innovationer och försök", NULL},
    [FP_M_INSTR_AKKE] = {"AKKE – stödjande av hållbar tillväxt och livskraft i regionerna", NULL},
    [FP_M_INSTR_EAKR] =
        {"ERUF – Europeiska regionala utvecklingsfonden och statens motfinansiering", NULL},

    /* ---- kinds of file, as the subject of a sentence */
    [FP_M_WHAT_PLAN] = {"planen", NULL},
    [FP_M_WHAT_CALL] = {"utlysningsfilen", NULL},
    [FP_M_FILE_UTF16] = {"UTF-16-text", NULL},
    [FP_M_FILE_ZIP] = {"ett ZIP-arkiv (ett .xlsx-, .docx- eller .odt-dokument?)", NULL},
    [FP_M_FILE_PDF] = {"ett PDF-dokument", NULL},
    [FP_M_FILE_OLE] = {"ett gammalt Office-dokument (.xls eller .doc)", NULL},
    [FP_M_FILE_RTF] = {"ett RTF-dokument", NULL},

    /* ---- terms used inside sentences */
    [FP_M_TERM_NET_COSTS] = {"nettokostnaderna", NULL},
    [FP_M_TERM_TOTAL_COSTS] = {"totalkostnaderna", NULL},
    [FP_M_TERM_STAFF_COSTS] = {"personalkostnaderna", NULL},
    [FP_M_TERM_DIRECT_COSTS] = {"de direkta kostnaderna", NULL},
    [FP_M_TERM_OF_FINANCING] = {"av den totala finansieringen", NULL},
    [FP_M_TERM_OF_TOTAL_COSTS] = {"av totalkostnaderna", NULL},
    [FP_M_TERM_PLAN_RULES] = {"planens [rules]", NULL},
    [FP_M_TERM_DEFAULT_RULES] = {"finansieringsformens regler", NULL},

    /* ---- why a value is not accepted */
    [FP_M_WHY_EMPTY] = {"värdet är tomt", NULL},
    [FP_M_WHY_AMOUNT_MARKS] =
        {"skilj tusental åt med mellanslag, inte med punkter eller komman (1 234 567,89)", NULL},
    [FP_M_WHY_AMOUNT_NEGATIVE] = {"negativa värden är inte tillåtna", NULL},
    [FP_M_WHY_AMOUNT_SIGN] = {"skriv talet utan tecken", NULL},
    [FP_M_WHY_AMOUNT_NOT_DIGIT] = {"det börjar inte med en siffra", NULL},
    [FP_M_WHY_AMOUNT_HEX] = {"hexadecimala tal är inga belopp", NULL},
    [FP_M_WHY_AMOUNT_LEADING_ZERO] = {"en inledande nolla är inte tillåten (skriv 10, inte 010)",
                                      NULL},
    [FP_M_WHY_AMOUNT_DIGITS] = {"talet har för många siffror", NULL},
    [FP_M_WHY_AMOUNT_GROUPING] = {"siffrorna ska grupperas tre och tre (1 234 567)", NULL},
    [FP_M_WHY_AMOUNT_DECIMALS] = {"högst två decimaler är tillåtna", NULL},
    [FP_M_WHY_AMOUNT_COMMA_END] = {"efter kommat ska decimaler följa (1 234,56)", NULL},
    [FP_M_WHY_AMOUNT_POINT_END] = {"efter punkten ska decimaler följa (1234.56)", NULL},
    [FP_M_WHY_AMOUNT_EXPONENT] = {"exponentform är inte tillåten", NULL},
    [FP_M_WHY_AMOUNT_CHARS] = {"det innehåller tecken som inte hör till ett tal", NULL},
    [FP_M_WHY_AMOUNT_MAX] = {"det största beloppet är 999 999 999 999,99", NULL},
    [FP_M_WHY_PERCENT_MAX] = {"en procentsats är högst 100 %", NULL},
    [FP_M_WHY_DATE_EMPTY] = {"datumet är tomt", NULL},
    [FP_M_WHY_DATE_FORM] = {"det är varken år-månad-dag eller dag.månad.år", NULL},
    [FP_M_WHY_DATE_YEAR_DIGITS] = {"årtalet ska ha fyra siffror", NULL},
    [FP_M_WHY_DATE_YEAR_RANGE] = {"året ska vara mellan 2000 och 2099", NULL},
    [FP_M_WHY_DATE_MONTH] = {"det finns ingen sådan månad", NULL},
    [FP_M_WHY_DATE_DAY] = {"det finns ingen sådan dag i den månaden", NULL},
    [FP_M_WHY_RULE_CHOICE] = {"regeln känner inte till det ordet", NULL},
    [FP_M_WHY_RULE_MODELS] =
        {"räkna upp kostnadsmodellerna åtskilda med komman: actual, flat_rate, lump_sum", NULL},
    [FP_M_WHY_RULE_MONTHS] = {"skriv ett antal månader från 1 till 240", NULL},
    [FP_M_WHY_ERRNO] = {"den kan inte läsas", NULL},
    [FP_M_WHY_FILE_ABSOLUTE] = {"det är en absolut sökväg; ange en fil i planens mapp", NULL},
    [FP_M_WHY_FILE_FOLDER_UNREADABLE] = {"planens mapp kan inte öppnas", NULL},
    [FP_M_WHY_FILE_DOTDOT] = {"den leder ut ur planens mapp ('..' är inte tillåtet)", NULL},
    [FP_M_WHY_FILE_SYMLINK] = {"det är en symbolisk länk, som inte följs", NULL},
    [FP_M_WHY_FILE_NOT_REGULAR] = {"det är inte en vanlig fil", NULL},
    [FP_M_WHY_FILE_MISSING] = {"filen finns inte", NULL},
    [FP_M_WHY_FILE_NOT_FOLDER] = {"en del av sökvägen är inte en mapp", NULL},
    [FP_M_WHY_FILE_IS_FOLDER] = {"det är en mapp, inte en fil", NULL},
    [FP_M_WHY_FILE_TOO_BIG] = {"den är större än 1 MiB", NULL},
    [FP_M_WHY_FILE_NOT_UTF8] = {"det är inte UTF-8-text; spara den som UTF-8", NULL},
    [FP_M_WHY_FILE_CONTROLS] = {"den innehåller styrtecken; en text ska vara ren UTF-8", NULL},

    /* ---- system errors */
    [FP_M_ERRNO_ENOENT] = {"filen eller mappen finns inte", NULL},
    [FP_M_ERRNO_EACCES] = {"åtkomst nekas", NULL},
    [FP_M_ERRNO_ENOSPC] = {"inget utrymme kvar på enheten", NULL},
    [FP_M_ERRNO_EROFS] = {"filsystemet är skrivskyddat", NULL},
    [FP_M_ERRNO_EISDIR] = {"är en mapp", NULL},
    [FP_M_ERRNO_ENOTDIR] = {"är inte en mapp", NULL},
    [FP_M_ERRNO_EEXIST] = {"filen finns redan", NULL},
    [FP_M_ERRNO_ELOOP] = {"för många nivåer av symboliska länkar", NULL},
    [FP_M_ERRNO_EIO] = {"in- eller utmatningsfel", NULL},
    [FP_M_ERRNO_ENOMEM] = {"minnet räcker inte", NULL},
    [FP_M_ERRNO_EMFILE] = {"för många öppna filer", NULL},
    [FP_M_ERRNO_LONG] = {"filnamnet är för långt", NULL},
    [FP_M_SYS_OOM] = {"minnet tog slut", NULL},
    [FP_M_SYS_IS_FOLDER] = {"är en mapp; ange en planfil (eller använd 'fundplan build MAPP')",
                            NULL},
    [FP_M_SYS_NOT_REGULAR] = {"är inte en vanlig fil", NULL},
    [FP_M_SYS_CANNOT_OPEN] = {"kan inte öppnas: {1}", NULL},
    [FP_M_SYS_CANNOT_READ] = {"kan inte läsas: {1}", NULL},
    [FP_M_SYS_TOO_BIG] = {"filen är större än {1} byte, det största en plan får vara", NULL},
    [FP_M_SYS_TOO_BIG_SIZE] = {"filen är {1} byte; en plan får vara högst {2} byte", NULL},

    /* ---- finding titles (enum fp_code order) */
    [FP_M_CODE_READ] = {"Filen kan inte läsas", NULL},
    [FP_M_CODE_NOT_A_PLAN] = {"Ingen finansieringsplan", NULL},
    [FP_M_CODE_ENCODING] = {"Ogiltiga tecken", NULL},
    [FP_M_CODE_LINE_TOO_LONG] = {"För lång uppgift", NULL},
    [FP_M_CODE_SYNTAX] = {"Oläslig uppgift", NULL},
    [FP_M_CODE_BAD_NAME] = {"Ogiltigt namn", NULL},
    [FP_M_CODE_UNKNOWN_KEY] = {"Okänd uppgift", NULL},
    [FP_M_CODE_UNKNOWN_SECTION] = {"Okänt avsnitt", NULL},
    [FP_M_CODE_DUPLICATE_KEY] = {"Uppgiften anges två gånger", NULL},
    [FP_M_CODE_DUPLICATE_SECTION] = {"Avsnittet anges två gånger", NULL},
    [FP_M_CODE_COMMENT_IN_VALUE] = {"Texten avbröts", NULL},
    [FP_M_CODE_MISSING_KEY] = {"Obligatorisk uppgift saknas", NULL},
    [FP_M_CODE_BAD_AMOUNT] = {"Ogiltigt belopp", NULL},
    [FP_M_CODE_BAD_PERCENT] = {"Ogiltig procentsats", NULL},
    [FP_M_CODE_BAD_DATE] = {"Ogiltigt datum", NULL},
    [FP_M_CODE_BAD_VALUE] = {"Ogiltigt värde", NULL},
    [FP_M_CODE_BAD_FILE] = {"Den bifogade texten kan inte läsas", NULL},
    [FP_M_CODE_PLACEHOLDER] = {"Malltext kvar i planen", NULL},
    [FP_M_CODE_GLYPH_MISSING] = {"Tecknet kan inte skrivas ut", NULL},
    [FP_M_CODE_PERIOD_REVERSED] = {"Slutdatum före startdatum", NULL},
    [FP_M_CODE_YEAR_OUTSIDE] = {"År utanför genomförandetiden", NULL},
    [FP_M_CODE_PROGRAMME_PERIOD] = {"Programperioden och datumen stämmer inte överens", NULL},
    [FP_M_CODE_ELIGIBILITY_END] = {"Slutar efter stödberättigandets sista dag", NULL},
    [FP_M_CODE_INSTRUMENT_PERIOD] = {"Finansieringsformen gäller inte", NULL},
    [FP_M_CODE_TOTAL_WITH_LINES] = {"Totalbelopp och specifikation samtidigt", NULL},
    [FP_M_CODE_MIXED_YEARS] = {"Årsindelning och helhet samtidigt", NULL},
    [FP_M_CODE_NO_COSTS] = {"Inga kostnader att finansiera", NULL},
    [FP_M_CODE_COST_MODEL] = {"Kostnadsmodellen tillåter inte kostnaden", NULL},
    [FP_M_CODE_FLAT_RATE] = {"Procentuell ersättning", NULL},
    [FP_M_CODE_LUMP_SUM_LIMIT] = {"Engångsersättningen överstiger gränsen", NULL},
    [FP_M_CODE_INCOME_EXCEEDS] = {"Intäkterna överstiger kostnaderna", NULL},
    [FP_M_CODE_OVERFLOW] = {"Summan är för stor", NULL},
    [FP_M_CODE_UNKNOWN_INSTRUMENT] = {"Okänd finansieringsform", NULL},
    [FP_M_CODE_FINANCING_MISMATCH] = {"Finansieringen motsvarar inte nettoutgifterna", NULL},
    [FP_M_CODE_YEARLY_BALANCE] = {"Årets finansiering motsvarar inte årets nettoutgifter", NULL},
    [FP_M_CODE_NO_SUPPORT] = {"Inget stöd söks", NULL},
    [FP_M_CODE_SOURCE_MISMATCH] = {"Finansiering från en annan finansieringsform", NULL},
    [FP_M_CODE_SUPPORT_RATE] = {"Stödet överstiger maximibeloppet", NULL},
    [FP_M_CODE_IN_KIND] = {"Talkoarbete", NULL},
    [FP_M_CODE_MUNICIPAL_SHARE] = {"Den kommunala andelen är för liten", NULL},
    [FP_M_CODE_OWN_SHARE] = {"Självfinansieringen är för liten", NULL},
    [FP_M_CODE_CALL_LIMIT] = {"Utanför ansökningsomgångens gränser", NULL},
    [FP_M_CODE_EU_SHARE] = {"EU:s och statens andelar stämmer inte", NULL},
    [FP_M_CODE_REGION] = {"Landskapet är okänt", NULL},
    [FP_M_CODE_RULES_LOOSENED] = {"Planens regler lättar på ansökningsomgångens regler", NULL},
    [FP_M_CODE_DECLARED_MISMATCH] = {"Den angivna siffran avviker från den beräknade", NULL},
    [FP_M_CODE_CHANGE_SUPPORT] = {"Stödet ökar", NULL},
    [FP_M_CODE_CHANGE_MODEL] = {"Kostnadsmodellen ändras", NULL},
    [FP_M_CODE_CHANGE_PERIOD] = {"Genomförandetiden förlängs", NULL},
    [FP_M_CODE_CHANGE_RATE] = {"Stödandelen ökar", NULL},
    [FP_M_CODE_CHANGE_IDENTITY] = {"Projektets grunduppgifter ändras", NULL},
    [FP_M_CODE_CHANGE_PARTNERS] = {"Delgenomförarna ändras", NULL},
    [FP_M_CODE_CLAIM_PERIOD] = {"Utbetalningsperiod", NULL},
    [FP_M_CODE_CLAIM_ORDER] = {"Utbetalningsansökningarna i fel ordning", NULL},
    [FP_M_CODE_CLAIM_LINE_OVER] = {"Kostnadsslaget överskrider det godkända", NULL},
    [FP_M_CODE_CLAIM_UNUSED] = {"Stöd blir oanvänt", NULL},
    [FP_M_CODE_CLAIM_REPAYMENT] = {"Återkrav", NULL},

    /* ---- findings: the preparer's text (en/fi/sv) and the memo reader's (r.en/r.fi/r.sv) */
    [FP_M_F_HEADER_UNCLOSED] = {"avsnittsrubriken saknar avslutande ']'",
                                "En rubrik i planfilen är ofullständig."},
    [FP_M_F_HEADER_TEXT_AFTER] = {"text efter avsnittsrubrikens ']'",
                                  "En rubrik i planfilen följs av överflödig text."},
    [FP_M_F_SECTION_NAME_CHARS] =
        {"avsnittsnamnet '{1}' får bara innehålla bokstäverna a–z, siffror, '_', '.' och '-'",
         "Namnet på ett avsnitt i planfilen kan inte läsas."},
    [FP_M_F_UNKNOWN_SECTION] =
        {"okänt avsnitt [{1}]",
         "Planfilen har ett avsnitt som fundplan inte känner till; innehållet lästes inte."},
    [FP_M_F_TOO_MANY_SECTIONS] =
        {"fler än {1} avsnitt: detta är ingen finansieringsplan; resten av filen läses inte",
         "Planfilen har långt fler avsnitt än en finansieringsplan; resten av den lästes inte."},
    [FP_M_F_DUPLICATE_SECTION] =
        {"avsnittet [{1}] förekommer igen (första gången på rad {2}); dess nycklar slås samman",
         "Ett avsnitt finns två gånger i planfilen; de lästes som ett."},
    [FP_M_F_TEXT_AFTER_QUOTE] = {"text efter det avslutande citattecknet i '{1}' ignoreras",
                                 "En del av en text i planen utelämnades eftersom den står efter "
                                 "ett avslutande citattecken."},
    [FP_M_F_COMMENT_CUTS] = {"'{1}' inleder en kommentar: texten i '{2}' slutar före det",
                             "En text i planen kan ha avbrutits vid tecknet ';' eller '#'."},
    [FP_M_F_KEY_MISSING_BEFORE_EQ] = {"en nyckel saknas före '='",
                                      "Planfilen innehåller ett värde utan namn."},
    [FP_M_F_NOT_KEY_VALUE] = {"raden är varken 'nyckel = värde', [avsnitt] eller kommentar",
                              "Planfilen innehåller en uppgift som inte kan läsas."},
    [FP_M_F_KEY_NAME_CHARS] =
        {"nyckelnamnet '{1}' får bara innehålla bokstäverna a–z, siffror, '_', '.' och '-'",
         "Namnet på en uppgift i planfilen kan inte läsas."},
    [FP_M_F_KEY_OUTSIDE] = {"nyckeln '{1}' står utanför alla [avsnitt]",
                            "En uppgift i planfilen står utanför avsnitten och lästes inte."},
    [FP_M_F_QUOTE_UNCLOSED] = {"citattecknet {1} avslutas aldrig",
                               "En citerad text i planfilen avslutas inte."},
    [FP_M_F_NUL_BYTE] = {"raden innehåller en NUL-byte: filen ska vara ren text",
                         "Planfilen innehåller tecken som inte är text."},
    [FP_M_F_NOT_UTF8] =
        {"byte {1} på raden är inte UTF-8 (byte {2})",
         "Planfilen är inte sparad i teckenkodningen UTF-8, så en del bokstäver kan inte läsas."},
    [FP_M_F_CONTROL_CHAR] = {"byte {1} på raden är ett styrtecken ({2}): filen ska vara ren text",
                             "Planfilen innehåller styrtecken som inte är text."},
    [FP_M_F_LINE_TOO_LONG] = {"raden är {1} byte lång; högst {2} är tillåtna",
                              "Planfilen innehåller en för lång uppgift som inte kan läsas."},
    [FP_M_F_DUPLICATE_KEY] =
        {"'{1}' anges igen (första gången på rad {2}); bara det sista värdet gäller",
         "En uppgift i planen anges två gånger; det senare värdet användes."},
    [FP_M_F_UNKNOWN_KEY] =
        {"okänd nyckel '{1}' i [{2}]",
         "Planen har en uppgift som fundplan inte känner till; den lästes inte."},
    [FP_M_F_UNKNOWN_KEY_STRICT] =
        {"okänd nyckel '{1}' i [{2}]: den skulle påverka beloppen, så den är ett fel",
         "Planen har en okänd uppgift bland siffrorna eller reglerna, så siffrorna går inte att "
         "lita på."},
    [FP_M_F_CANNOT_PREPARE] = {"planen kan inte förberedas för läsning: {1}",
                               "Planfilen kunde inte läsas."},
    [FP_M_F_INIPARSER_FAILED] = {"INI-läsaren kunde inte läsa planen",
                                 "Planfilen kunde inte läsas."},
    [FP_M_F_FILE_IS] = {"filen är {1}; {2} ska vara en UTF-8-textfil",
                        "Planfilen är {1} och inte en textfil."},
    [FP_M_F_EMPTY] = {"filen är tom", "Planfilen är tom."},
    [FP_M_F_NO_KEYS] = {"filen har inga rader 'nyckel = värde'",
                        "Planfilen innehåller inga uppgifter."},
    [FP_M_F_NOT_A_PLAN] =
        {"detta är ingen fil för fundplan: inget av dess avsnitt ([{2}] osv.) finns där",
         "Filen är ingen finansieringsplan."},
    [FP_M_F_BAD_AMOUNT] = {"'{1}' är inget belopp: {2}",
                           "Ett belopp i planen ('{1}') kan inte läsas, så det saknas i summorna."},
    [FP_M_F_BAD_PERCENT] = {"'{1}' är ingen procentsats: {2}",
                            "En procentsats i planen ('{1}') kan inte läsas."},
    [FP_M_F_BAD_DATE] = {"'{1}' är inget datum: {2}",
                         "Ett datum i planen ('{1}') kan inte läsas: {2}."},
    [FP_M_F_BAD_CHOICE] =
        {"{1} '{2}' är inte något av: {3}",
         "En inställning i planen ('{2}') har ett värde som fundplan inte känner till."},
    [FP_M_F_BAD_RULE] = {"{1} '{2}' kan inte läsas: {3}",
                         "En finansieringsregel i planen ('{2}') kan inte läsas."},
    [FP_M_F_BAD_NUMBER] = {"{1} '{2}' är inget heltal", "Ett tal i planen ('{2}') kan inte läsas."},
    [FP_M_F_TEXT_AND_FILE] = {"både '{1}' (rad {2}) och '{3}' anges",
                              "En beskrivning anges både som text och som fil; texten användes."},
    [FP_M_F_FILE_EMPTY_NAME] = {"'{1}' anger ingen fil",
                                "En beskrivningsfil till planen har inget namn."},
    [FP_M_F_FILE_UNREADABLE] = {"'{1}' kan inte läsas: {2}",
                                "En beskrivningsfil till planen ('{1}') kan inte läsas: {2}."},
    [FP_M_F_TOO_MANY_PARTNERS] = {"fler än {1} delgenomförare",
                                  "Planen anger fler än {1} delgenomförare; resten utelämnades."},
    [FP_M_F_NO_SECTION] = {"filen saknar avsnittet [{1}]", "En obligatorisk del av planen saknas."},
    [FP_M_F_KEY_EMPTY] = {"'{1}' är tom", "En obligatorisk uppgift i planen är tom."},
    [FP_M_F_SECTION_LACKS] = {"[{1}] saknar '{2}'", "En obligatorisk uppgift saknas i planen."},
    [FP_M_F_TOO_MANY_YEARS] = {"fler än {1} år: en plan omfattar högst {1} kalenderår",
                               "Planen har fler än {1} år; resten lästes inte."},
    [FP_M_F_MIXED_YEARS] =
        {"både [{1}] och [{1}.ÅÅÅÅ] anges (rad {2} och {3})",
         "Planen anger samma siffror både per år och odelade; bara de odelade räknades."},
    [FP_M_F_RULES_LOOSENED] =
        {"{1} = {2} lättar på ansökningsomgångens {3} ({4}:{5}): en plan får bara skärpa omgångens "
         "regler",
         "Planens egna regler lättar på ansökningsomgångens regel ({3}); omgångens regel gäller."},
    [FP_M_F_RULES_CHANGED] =
        {"{1} = {2} avviker från ansökningsomgångens {3} ({4}:{5}): omgången bestämmer den",
         "Planens egna regler ändrar en regel som ansökningsomgången bestämmer ({3}); omgångens "
         "regel gäller."},
    [FP_M_F_UNKNOWN_INSTRUMENT] =
        {"okänd finansieringsform '{1}'",
         "Finansieringsformen '{1}' är okänd, så den högsta stödandelen kan inte kontrolleras."},
    [FP_M_F_REGION_MISSING] = {"planen anger inget landskap: EU:s del av stödet antas vara {1} av "
                               "den offentliga finansieringen, andelen utanför Helsingfors-Nyland",
                               "Planen anger inte sitt landskap; EU:s del av stödet visas som {1} "
                               "av den offentliga finansieringen, som utanför Helsingfors-Nyland."},
    [FP_M_F_REGION_UNKNOWN] = {"okänt landskap '{1}': EU:s andel antas vara {2}",
                               "Landskapet '{1}' är okänt; EU:s del av stödet visas som {2} av den "
                               "offentliga finansieringen."},
    [FP_M_F_OVERFLOW] =
        {"beloppen blir sammanlagt större än fundplan kan hantera (cirka 92 000 000 000 000 000 €)",
         "Planens belopp är för stora för att läggas ihop."},
    [FP_M_F_MODEL_DIFFERS] =
        {"cost_model = {1} avviker från {2} på rad {3}: kostnadsmodellen gäller hela projektet",
         "Planen använder olika kostnadsmodeller olika år, fast kostnadsmodellen gäller hela "
         "projektet."},
    [FP_M_F_MODEL_WITHOUT_LINE] =
        {"cost_model = {1}, men ingen rad {2} anges",
         "Planen anger en kostnadsmodell som kostnadsförslaget inte följer."},
    [FP_M_F_MODEL_CONTRADICTED] =
        {"cost_model = {1}, men {2} anges (rad {3})",
         "Planen anger en kostnadsmodell som kostnadsförslaget inte följer."},
    [FP_M_F_MODEL_NOT_ALLOWED] =
        {"kostnadsmodellen {1} är inte tillåten: {3} tillåter bara {2}",
         "Planens kostnadsmodell är inte en som ansökningsomgången tillåter ({2})."},
    [FP_M_F_FLAT_ZERO_BASE] = {"den procentuella ersättningen {1} beräknas på {2}, som är 0 €",
                               "Den procentuella ersättningen på {1} har inget att beräknas på."},
    [FP_M_F_FLAT_40_IN_2014] = {"den procentuella ersättningen på 40 % hör till programperioden "
                                "2021–2027; planer för 2014–2020 använder 24 % eller 15 %",
                                "Planen använder programperioden 2021–2027:s procentuella "
                                "ersättning på 40 % i ett projekt från 2014–2020."},
    [FP_M_F_FLAT_UNUSUAL] =
        {"den procentuella ersättningen {1} hör inte till programperioden {2}:s satser",
         "Den procentuella ersättningen på {1} används inte under programperioden {2}."},
    [FP_M_F_FLAT_ESF] =
        {"{1} är ESF:s procentuella ersättning; ERUF-projekt 2014–2020 använder 24 % eller 15 %",
         "Den procentuella ersättningen på {1} är Europeiska socialfondens sats."},
    [FP_M_F_FLAT_COVERS_TRAVEL] =
        {"den procentuella ersättningen på {1} täcker redan personalens resor: resekostnader på "
         "{2} räknas två gånger",
         "Den procentuella ersättningen på {1} täcker redan personalens resor, men "
         "kostnadsförslaget har dessutom resekostnader på {2}."},
    [FP_M_F_FLAT_COVERS] = {"den procentuella ersättningen på {1} täcker alla andra kostnader än "
                            "personalkostnader: {4} = {3} kan inte tas upp därtill",
                            "Den procentuella ersättningen på {1} täcker alla andra kostnader än "
                            "personalkostnader, så ”{2}” ({3}) kan inte tas upp därtill."},
    [FP_M_F_LUMP_WITH_LINE] =
        {"en plan med engångsersättning har inga andra kostnadsrader: {3} = {2} (den detaljerade "
         "budgeten bakom engångsersättningen läggs inte till)",
         "Ett projekt med engångsersättning tar inte upp andra kostnader, men ”{1}” ({2}) har "
         "lagts till engångsersättningen."},
    [FP_M_F_LUMP_WITH_FLAT] = {"en plan med engångsersättning har ingen procentuell ersättning",
                               "Ett projekt med engångsersättning har ingen procentuell "
                               "ersättning, men planen anger en."},
    [FP_M_F_TOTAL_WITH_LINES] = {"'total' anges tillsammans med kostnadsrader (rad {1})",
                                 "Kostnadsförslaget anger både ett totalbelopp och en "
                                 "specifikation; totalbeloppet användes."},
    [FP_M_F_INCOME_EXCEEDS] = {"intäkterna {1} är större än totalkostnaderna {2}",
                               "Projektets intäkter ({1}) är större än dess totalkostnader ({2})."},
    [FP_M_F_NO_COSTS] = {"totalkostnaderna är 0 €: det finns inget att finansiera",
                         "Kostnadsförslaget har inga kostnader."},
    [FP_M_F_FINANCING_TOO_MUCH] =
        {"finansieringen {1} motsvarar inte nettoutgifterna {2} exakt: {3} för mycket",
         "Finansieringen ({1}) är {3} större än nettoutgifterna som ska finansieras ({2})."},
    [FP_M_F_FINANCING_TOO_LITTLE] =
        {"finansieringen {1} motsvarar inte nettoutgifterna {2} exakt: {3} för lite",
         "Finansieringen ({1}) är {3} mindre än nettoutgifterna som ska finansieras ({2})."},
    [FP_M_F_YEAR_TOO_MUCH] =
        {"år {1} är finansieringen {2} {4} större än årets nettoutgifter {3}",
         "År {1} är finansieringen ({2}) {4} större än årets nettoutgifter ({3})."},
    [FP_M_F_YEAR_TOO_LITTLE] =
        {"år {1} är finansieringen {2} {4} mindre än årets nettoutgifter {3}",
         "År {1} är finansieringen ({2}) {4} mindre än årets nettoutgifter ({3})."},
    [FP_M_F_NO_SUPPORT] =
        {"finansieringsformen {1}s stödrad '{2}' är 0 €: det finns inget stöd att besluta om",
         "Planen söker inget {1}-stöd."},
    [FP_M_F_SUPPORT_ABOVE_RATE] =
        {"stödet {1} är {2} av {3} {4}; {5} tillåter högst {6}, dvs. {7}",
         "Det sökta stödet ({1}) är {2} av projektets {3}; högsta andelen är {6}, dvs. {7}."},
    [FP_M_F_SUPPORT_ABOVE_RATES] =
        {"stödet {1} överstiger det största tillåtna stödet {2}: högst {3} av övriga kostnader {4} "
         "och {5} av investeringskostnaderna {6}",
         "Det sökta stödet ({1}) överstiger det största tillåtna stödet {2}: högst {3} av övriga "
         "kostnader ({4}) och {5} av investeringskostnaderna ({6})."},
    [FP_M_F_SUPPORT_ABOVE_MAX] = {"stödet {1} överstiger maximibeloppet {2} ({3})",
                                  "Det sökta stödet ({1}) överstiger maximibeloppet {2}."},
    [FP_M_F_SUPPORT_BELOW_MIN] = {"stödet {1} understiger minimibeloppet {2} ({3})",
                                  "Det sökta stödet ({1}) understiger minimibeloppet {2}."},
    [FP_M_F_IN_KIND_UNMATCHED] =
        {"talkoarbetet är {1} i kostnaderna men {2} i finansieringen: de ska vara lika stora",
         "Talkoarbetet är {1} i kostnadsförslaget men {2} i finansieringsplanen."},
    [FP_M_F_IN_KIND_PUBLIC] =
        {"den offentliga finansieringen {1} överstiger totalkostnaderna utan talkoarbete, {2}: "
         "offentliga medel får inte täcka talkoarbete ({3})",
         "Den offentliga finansieringen ({1}) är större än totalkostnaderna utan talkoarbete "
         "({2}); offentliga medel får inte täcka talkoarbete."},
    [FP_M_F_SOURCE_MISMATCH] =
        {"{4} = {3} är en annan finansieringsforms stödrad; planens finansieringsform är {1}",
         "Ett {1}-projekts finansieringsplan innehåller en annan finansieringsforms finansiering: "
         "{2} {3}."},
    [FP_M_F_MUNICIPAL_LOW] = {"den kommunala finansieringen {1} är {2} {3}; minst {4} krävs ({5})",
                              "Den kommunala finansieringen ({1}) är {2} {3}; minst {4} krävs."},
    [FP_M_F_OWN_LOW] = {"självfinansieringen (kommunal, annan offentlig, privat och talkoarbete) "
                        "{1} är {2} {3}; minst {4} krävs ({5})",
                        "Självfinansieringen ({1}) är {2} {3}; minst {4} krävs."},
    [FP_M_F_COSTS_ABOVE_MAX] =
        {"totalkostnaderna {1} överstiger maximibeloppet {2} ({3})",
         "Projektets totalkostnader ({1}) överstiger ansökningsomgångens maximibelopp {2}."},
    [FP_M_F_LUMP_SUM_LIMIT] =
        {"engångsersättningen {1} överstiger {2}, gränsen för projekt med engångsersättning",
         "Engångsersättningen ({1}) överstiger {2}, gränsen för projekt med engångsersättning."},
    [FP_M_F_STATE_NEGATIVE] =
        {"EU:s andel {1} ({2} av {3}) är större än stödraden {4}: statens andel skulle bli negativ",
         "EU:s del av stödet ({1}) skulle vara större än hela stödet ({4})."},
    [FP_M_F_PERIOD_REVERSED] = {"projektet slutar ({1}) innan det börjar ({2})",
                                "Projektet slutar ({1}) innan det börjar ({2})."},
    [FP_M_F_YEAR_OUTSIDE] = {"året {1} ligger utanför genomförandetiden {2}–{3}",
                             "Planen har siffror för {1}, utanför genomförandetiden."},
    [FP_M_F_PROGRAMME_DATES] =
        {"programme = {1}, men projektet börjar {2}, utanför den perioden",
         "Projektet sägs höra till programperioden {1} men börjar {2}, utanför den."},
    [FP_M_F_AFTER_ELIGIBILITY] = {"projektet slutar {1}, efter {2}, den sista dag då "
                                  "programperioden {3}:s EU-medel får betala kostnader",
                                  "Projektet slutar {1}, efter {2}, den sista dag då EU-medel från "
                                  "programperioden {3} får betala kostnader."},
    [FP_M_F_INSTRUMENT_ENDED] =
        {"{1}-utlysningarna pågick {2}–{3}; nationella medel som beviljas senare är "
         "AKKE-finansiering enligt reglerna i 757/2021 och 867/2021",
         "{1}-utlysningar ordnades {2}–{3}; nationella utvecklingsmedel som beviljas senare är "
         "AKKE-finansiering enligt 2021 års regler."},
    [FP_M_F_INSTRUMENT_NOT_YET] =
        {"{1}-finansiering beviljades första gången {2}",
         "{1}-finansiering beviljades första gången {2}, efter projektets start."},
    [FP_M_F_STARTS_TOO_EARLY] =
        {"projektet börjar {1}, före {2} ({3})",
         "Projektet börjar {1}, före {2}, den tidigaste start som ansökningsomgången tillåter."},
    [FP_M_F_ENDS_TOO_LATE] =
        {"projektet slutar {1}, efter {2} ({3})",
         "Projektet slutar {1}, efter {2}, det senaste slut som ansökningsomgången tillåter."},
    [FP_M_F_TOO_LONG] = {"projektet pågår {1} månader, mer än {2} ({3})",
                         "Projektet pågår {1} månader; ansökningsomgången tillåter högst {2}."},
    [FP_M_F_DECLARED_TOTAL_COSTS] =
        {"de angivna totalkostnaderna {1} avviker från de beräknade {2}",
         "De totalkostnader som anges i planen ({1}) avviker från dem som beräknats ur "
         "kostnadsförslaget ({2})."},
    [FP_M_F_DECLARED_NET_COSTS] = {"de angivna nettoutgifterna {1} avviker från de beräknade {2}",
                                   "De nettoutgifter som anges i planen ({1}) avviker från dem som "
                                   "beräknats ur kostnadsförslaget ({2})."},
    [FP_M_F_DECLARED_FINANCING] =
        {"den angivna totala finansieringen {1} avviker från den beräknade {2}",
         "Den totala finansiering som anges i planen ({1}) avviker från finansieringsplanens summa "
         "({2})."},
    [FP_M_F_DECLARED_SUPPORT] =
        {"det angivna stödet {1} avviker från det beräknade {2}",
         "Det stöd som anges i planen ({1}) avviker från finansieringsplanens ({2})."},
    [FP_M_F_DECLARED_RATE] =
        {"den angivna stödandelen {1} avviker från den beräknade {2}",
         "Den stödandel som anges i planen ({1}) avviker från den beräknade andelen ({2})."},

    /* ---- notes: the fix, for the preparer (their own arguments) */
    [FP_M_N_HEADER_FORM] = {"skriv den som [costs]", NULL},
    [FP_M_N_DID_YOU_MEAN_SECTION] = {"menade du [{1}]?", NULL},
    [FP_M_N_DID_YOU_MEAN] = {"menade du '{1}'?", NULL},
    [FP_M_N_QUOTE_WHOLE] = {"citera hela värdet eller inled en kommentar med ';'", NULL},
    [FP_M_N_QUOTE_VALUE] = {"sätt hela värdet inom citattecken: {1} = \"...\"", NULL},
    [FP_M_N_COMMENTS] = {"kommentarer börjar med ';' eller '#'", NULL},
    [FP_M_N_KEY_OUTSIDE] = {"flytta den under det avsnitt den hör till, t.ex. [project]", NULL},
    [FP_M_N_QUOTE_CLOSE] = {"avsluta värdet med samma citattecken på samma rad", NULL},
    [FP_M_N_SAVE_UTF8] = {"spara filen som UTF-8", NULL},
    [FP_M_N_SAVE_UTF8_NOTEPAD] = {"spara den som UTF-8 (i Anteckningar: Spara som, Kodning UTF-8)",
                                  NULL},
    [FP_M_N_LONG_TEXT_FILE] =
        {"flytta långa texter till en fil bredvid planen: goals_file = mal.txt", NULL},
    [FP_M_N_DELETE_LINE] = {"ta bort raden du inte menar", NULL},
    [FP_M_N_START_TEMPLATE] = {"börja från en mall: fundplan new plan.ini", NULL},
    [FP_M_N_AMOUNT_FORM] = {"skriv belopp som 40 000 eller 1 234,50 (euro)", NULL},
    [FP_M_N_PERCENT_FORM] = {"skriv procentsatser som 70 % eller 24,5 % (0–100)", NULL},
    [FP_M_N_DATE_FORM] = {"skriv datum som 1.5.2025 eller 2025-05-01", NULL},
    [FP_M_N_KEEP_ONE] = {"behåll bara den ena", NULL},
    [FP_M_N_ADD_PROJECT] =
        {"lägg till [project] med name, applicant, funder, instrument, start och end", NULL},
    [FP_M_N_ADD_LINE] = {"lägg till en rad: {1} = {2}", NULL},
    [FP_M_N_MIXED_YEARS] = {"ange antingen en [{1}] eller en [{1}.ÅÅÅÅ] per år", NULL},
    [FP_M_N_ADD_COSTS] = {"lägg till [costs] med staff = ..., eller [costs.ÅÅÅÅ] per år", NULL},
    [FP_M_N_ADD_FINANCING] =
        {"lägg till [financing] med finansieringsformens rad, t.ex. aiko = ...", NULL},
    [FP_M_N_INSTRUMENT_DEFINE] = {"skriv AIKO, AKKE eller EAKR, eller definiera den i [rules] med "
                                  "max_support_rate och support_source",
                                  NULL},
    [FP_M_N_REGION_ADD] = {"lägg till projektets landskap, t.ex. region = Pohjois-Savo", NULL},
    [FP_M_N_FLAT_RATES] = {"periodens satser är {1}", NULL},
    [FP_M_N_FLAT_COVERS] = {"ta bort {1}: den procentuella ersättningen täcker den", NULL},
    [FP_M_N_LUMP_ALONE] = {"ange engångsersättningen ensam eller använd en annan kostnadsmodell",
                           NULL},
    [FP_M_N_TOTAL_ALONE] = {"ange 'total' bara när ingen specifikation är känd; ta annars bort den",
                            NULL},
    [FP_M_N_NO_COSTS] = {"ange kostnadsraderna, t.ex. staff = 40 000", NULL},
    [FP_M_N_FINANCING_SUM] =
        {"finansieringsraderna ska på centen summera till totalkostnaderna − intäkterna", NULL},
    [FP_M_N_YEAR_BALANCE] =
        {"varje års finansiering bör täcka samma års nettoutgifter; flytta skillnaden mellan åren",
         NULL},
    [FP_M_N_LOWER_SUPPORT] =
        {"sänk {1} till högst {2} och höj den övriga finansieringen med skillnaden", NULL},
    [FP_M_N_MOVE_SOURCE] = {"flytta den till raden '{1}' eller kontrollera finansieringsformen",
                            NULL},
    [FP_M_N_FIGURES_GIVE] = {"siffrorna ger {1} = {2}", NULL},

    /* ---- the terminal summary */
    [FP_M_SUM_E_W] = {"{1} fel, {2} varningar", NULL},
    [FP_M_SUM_E1_W] = {"1 fel, {2} varningar", NULL},
    [FP_M_SUM_E_W1] = {"{1} fel, 1 varning", NULL},
    [FP_M_SUM_E1_W1] = {"1 fel, 1 varning", NULL},

    /* ---- usage errors */
    [FP_M_U_BAD_DATE] = {"--date '{1}': {2}", NULL},
    [FP_M_U_BAD_LANG] = {"--lang tar fi, sv eller en, inte '{1}'", NULL},

    /* ---- the memo's glyph check */
    [FP_M_F_GLYPH_MISSING] =
        {"{1}: promemorians typsnitt saknar bokstaven {2} '{3}'",
         "En text i planen innehåller en bokstav ('{3}') som promemorian inte kan skriva ut."},
    [FP_M_F_TEXT_NOT_UTF8] = {"{1}: inte giltig UTF-8", "En text i planen är inte giltig UTF-8."},

    /* ---- the decision memo */
    [FP_M_MEMO_DOCTYPE] = {"PROMEMORIA", NULL},
    [FP_M_MEMO_DRAFT] = {"UTKAST", NULL},
    [FP_M_MEMO_CASE] = {"Dnr", NULL},
    [FP_M_MEMO_PAGE] = {"{1} ({2})", NULL},
    [FP_M_MEMO_DRAFT_ONE] = {"Planen innehåller 1 fel. Denna promemoria är ett utkast och kan inte "
                             "föredras för beslut förrän felet har rättats (se {2}).",
                             NULL},
    [FP_M_MEMO_DRAFT_MANY] = {"Planen innehåller {1} fel. Denna promemoria är ett utkast och kan "
                              "inte föredras för beslut förrän felen har rättats (se {2}).",
                              NULL},
    [FP_M_MEMO_DESCRIPTION] = {"Projektbeskrivning", NULL},
    [FP_M_MEMO_CHART] = {"Finansieringsandelar", NULL},
    [FP_M_MEMO_RATE] =
        {"Stödandelen är {1} av projektets {2}. Finansieringsformens högsta stödandel är {3}.",
         NULL},
    [FP_M_MEMO_CAP] = {"Det största stöd som reglerna tillåter är {1}.", NULL},
    [FP_M_MEMO_CAP_PARTS] = {"Stödet får vara högst {1} av övriga kostnader ({2}) och {3} av "
                             "investeringskostnaderna ({4}), dvs. högst {5}.",
                             NULL},
    [FP_M_MEMO_BASE_TOTAL] = {"totalkostnader", NULL},
    [FP_M_MEMO_BASE_NET] = {"nettokostnader", NULL},
    [FP_M_MEMO_PROPOSAL_HEAD] = {"Beslutsförslag", NULL},
    [FP_M_MEMO_PROPOSAL] = {"{1} beviljar projektet ”{2}” (sökande {3}) {4} på högst {5}, dock "
                            "högst {6} av projektets godtagbara {7}.",
                            NULL},
    [FP_M_MEMO_CAPPED] =
        {"Det sökta stödet, {1}, överstiger det största som reglerna tillåter; förslaget är {2}.",
         NULL},
    [FP_M_MEMO_NO_PROPOSAL] =
        {"Inget beslutsförslag kan göras: planen innehåller fel som först måste rättas (se {2}).",
         NULL},
    [FP_M_MEMO_EU_SPLIT] = {"Av stödet utgör EU:s andel {1} och statens andel {2}.", NULL},
    [FP_M_MEMO_NO_FINDINGS] = {"Inga fel eller anmärkningar hittades i planen: kostnader, "
                               "finansiering och stödandel stämmer.",
                               NULL},
    [FP_M_MEMO_MORE_FINDINGS] = {"Ytterligare {1} iakttagelser listas inte här.", NULL},
    [FP_M_MEMO_PHONE] = {"tfn", NULL},
    [FP_M_MEMO_MONTH_ONE] = {"mån.", NULL},
    [FP_M_MEMO_SUBJECT] = {"Promemoria för finansieringsbeslut", NULL},
    [FP_M_MEMO_PROGRAMME_2014] = {"Hållbar tillväxt och jobb 2014–2020", NULL},
    [FP_M_MEMO_PROGRAMME_2021] = {"Ett förnybart och kompetent Finland 2021–2027", NULL},

    /* ---- the plan's own call */
    [FP_M_F_CALL_HAS_ERRORS] =
        {"utlysningsfilen '{1}' innehåller fel (se ovan): planen kan inte godkännas förrän de är "
         "rättade",
         "Ansökningsomgångens fil innehåller fel som måste rättas före beslutet."},

    /* ---- rules found in review */
    [FP_M_F_FLAT_NOT_INVESTMENT] = {"den procentuella ersättningen på {1} gäller "
                                    "utvecklingsprojekt; ett investeringsprojekt använder 1,5 %",
                                    "Den procentuella ersättningen på {1} är avsedd för "
                                    "utvecklingsprojekt, men detta är ett investeringsprojekt."},
    [FP_M_F_FLAT_ONLY_INVESTMENT] =
        {"den procentuella ersättningen på {1} gäller investeringsprojekt; skriv type = investment "
         "eller använd ett utvecklingsprojekts sats",
         "Den procentuella ersättningen på {1} är avsedd för investeringsprojekt, men detta är ett "
         "utvecklingsprojekt."},
    [FP_M_F_FLAT_YEAR_WITHOUT] =
        {"år {1} har personalkostnader men ingen procentuell ersättning: projektets {2} (rad {3}) "
         "läggs inte till för det året",
         "Den procentuella ersättningen på {2} har inte beräknats på personalkostnaderna för {1}."},
    [FP_M_F_PROGRAMME_UNKNOWN] =
        {"projektet börjar {1}, utanför de programperioder fundplan känner till (2014–2020, "
         "2021–2027): reglerna för 2021–2027 tillämpas",
         "Projektet börjar {1}, utanför programperioderna 2014–2020 och 2021–2027; det har "
         "kontrollerats enligt reglerna för 2021–2027."},
    [FP_M_F_REGION_ALAND] = {"'{1}' hör inte till fastlandsprogrammet (Åland har ett eget "
                             "ERUF-program): EU:s andel antas vara {2}",
                             "Åland hör inte till fastlandsprogrammet; EU:s del av stödet visas "
                             "som {2} av den offentliga finansieringen."},

    /* ---- library failures of the memo */
    [FP_M_SYS_FONT_SUBSET] = {"libharu kunde inte bädda in delmängden av typsnittet", NULL},

    /* ---- PDF writer failures (pdf.c): the step that failed, then what happened */
    [FP_M_PDF_STEP_PDF] = {"PDF", NULL},
    [FP_M_PDF_STEP_PAGE] = {"tillägg av en sida", NULL},
    [FP_M_PDF_STEP_GLYPH_MAP] = {"komprimering av typsnittets teckentabell", NULL},
    [FP_M_PDF_STEP_DRAW] = {"ritning", NULL},
    [FP_M_PDF_STEP_TEXT] = {"ritning av text", NULL},
    [FP_M_PDF_STEP_EMBED] = {"inbäddning av typsnittet", NULL},
    [FP_M_PDF_STEP_UTF8] = {"aktivering av UTF-8", NULL},
    [FP_M_PDF_STEP_LOAD_FONT] = {"inläsning av typsnittet", NULL},
    [FP_M_PDF_STEP_SAVE] = {"sparande", NULL},
    [FP_M_PDF_STEP_TOUNICODE] = {"skrivning av ToUnicode-tabellen", NULL},
    [FP_M_PDF_STEP_ID] = {"skrivning av dokumentets id", NULL},
    [FP_M_PDF_STEP_COMPRESSION] = {"inställning av komprimering", NULL},
    [FP_M_PDF_STEP_COLOUR] = {"inställning av en färg", NULL},
    [FP_M_PDF_STEP_DATES] = {"inställning av datumen", NULL},
    [FP_M_PDF_STEP_INFO] = {"inställning av dokumentinformationen", NULL},
    [FP_M_PDF_FAIL_OOM] = {"{1}: minnet tog slut", NULL},
    [FP_M_PDF_FAIL_IO] = {"{1}: {2}", NULL},
    [FP_M_PDF_FAIL_FONT] =
        {"{1}: typsnittsfilen är inte ett användbart TrueType-typsnitt (libharu-fel {2})", NULL},
    [FP_M_PDF_FAIL_OTHER] = {"{1}: libharu-fel {2} (detalj {3})", NULL},
    [FP_M_PDF_FAIL_CREATE] = {"PDF-dokumentet kan inte skapas: minnet tog slut", NULL},
    [FP_M_SYS_FONT_UNREADABLE] = {"typsnittet {1} kan inte läsas: {2} (FUNDPLAN_FONTDIR är satt)",
                                  NULL},
    [FP_M_SYS_FONT_MISSING] = {"typsnittet {1} hittas inte (sökt bredvid programmet och i {2}); "
                               "bygg det med make eller sätt FUNDPLAN_FONTDIR",
                               NULL},

    /* ---- build failures and progress (build.c) */
    [FP_M_SYS_CANNOT_READ_FOLDER] = {"mappen kan inte läsas: {1}", NULL},
    [FP_M_BUILD_CRASHED] = {"bygget av den kraschade (signal {1}); de andra planerna fortsätter",
                            NULL},
    [FP_M_BUILD_STOPPED] = {"bygget av den avbröts oväntat", NULL},
    [FP_M_BUILD_NO_WORKER] = {"en arbetsprocess kan inte startas: {1}", NULL},
    [FP_M_BUILD_POLL] = {"väntan på arbetsprocesserna misslyckades: {1}", NULL},
    [FP_M_BUILD_NOT_BUILT] = {"inte byggd: ingen arbetsprocess kunde ta den", NULL},
    [FP_M_BUILD_RENAMED] =
        {"dess utdata får namnet {1}.*: en annan plan eller portföljen heter {2}", NULL},
    [FP_M_BUILD_PROGRESS] = {"{1}/{2} planer, {3} med fel, {4} planer/s, {5} s kvar", NULL},

    /* ---- a fundplan file of another kind than the command reads (ini.c) */
    [FP_M_F_FILE_IS_OTHER] = {"detta är {1} (den har [{2}] och inget [{3}])",
                              "Filen är ingen finansieringsplan."},
    [FP_M_N_USE_PLAN] = {"en plan kontrolleras med 'fundplan check PLAN' och är beslutet (den "
                         "första filen) i 'fundplan claim'",
                         NULL},
    [FP_M_N_USE_CALL] = {"ge en utlysningsfil med --call FIL eller ange den i planen: call = FIL",
                         NULL},
    [FP_M_N_USE_CLAIM] =
        {"utbetalningsansökningar kontrolleras med 'fundplan claim BESLUT ANSÖKAN...'", NULL},
    [FP_M_BUILD_SKIPPED] = {"inte byggd: den är {1}, inte en plan", NULL},
    [FP_M_BUILD_ONLY_OTHERS] =
        {"ingen av filerna är en plan (utlysningsfiler och ansökningar byggs inte)", NULL},

    /* ---- the plan workbook (book_xlsx.c); sheet names: 31 characters at most, no : / ? * [ ] or
       backslash */
    [FP_M_BOOK_SHEET_SUMMARY] = {"Sammandrag", NULL},
    [FP_M_BOOK_SHEET_FINDINGS] = {"Kontroller", NULL},
    [FP_M_BOOK_SEVERITY] = {"Allvarlighet", NULL},
    [FP_M_BOOK_FINDING] = {"Iakttagelse", NULL},
    [FP_M_BOOK_EXPLANATION] = {"Förklaring", NULL},
    [FP_M_BOOK_NO_FINDINGS] = {"Inga fel eller varningar.", NULL},
    [FP_M_BOOK_BASE_TOTAL] = {"Stödunderlag: totalkostnader", NULL},
    [FP_M_BOOK_BASE_NET] = {"Stödunderlag: nettoutgifter som ska finansieras", NULL},
    [FP_M_BOOK_INVESTMENT_BASE] = {"varav investeringskostnader", NULL},
    [FP_M_BOOK_INVESTMENT_RATE] = {"Högsta stödandel för investeringar", NULL},
    [FP_M_BOOK_CALL_MAX] = {"Högsta stöd i ansökningsomgången", NULL},
    [FP_M_BOOK_RATE_CAP] = {"Stöd enligt högsta stödandelen", NULL},
    [FP_M_BOOK_EU_SHARE_PUBLIC] = {"EU:s andel av den offentliga finansieringen", NULL},
    [FP_M_BOOK_EU_SHARE_SUPPORT] = {"EU:s andel av stödet", NULL},

    /* ---- the workbooks' errors on the terminal ({1}: the library's own words, in English) */
    [FP_M_BOOK_CANNOT_WRITE] = {"arbetsboken kan inte skrivas: {1}", NULL},
    [FP_M_BOOK_CANNOT_WRITE_IN] = {"arbetsboken kan inte skrivas: {1}: {2}", NULL},

    /* ---- payment claims (fundplan claim): the kind of file */
    [FP_M_WHAT_CLAIM] = {"utbetalningsansökan", NULL},

    /* ---- payment claims: findings about the decision */
    [FP_M_F_DECISION_ABOVE_MAX] =
        {"beslutets stöd {1} är större än det största stöd som reglerna tillåter, {2}",
         "Stödet i beslutet ({1}) är större än det största stöd som reglerna tillåter ({2})."},
    [FP_M_F_DECISION_RATE_ABOVE] =
        {"beslutets stödandel {1} är större än den högsta andelen {2}",
         "Stödandelen i beslutet ({1}) är större än den högsta andelen ({2})."},

    /* ---- payment claims: findings about a claim file */
    [FP_M_F_CLAIM_NO_SECTION] =
        {"filen saknar avsnittet [claim]",
         "Det framgår inte av utbetalningsansökan vilken ansökan och period den gäller."},
    [FP_M_F_CLAIM_LACKS] = {"[claim] saknar '{1}'",
                            "En obligatorisk uppgift saknas i utbetalningsansökan."},
    [FP_M_F_CLAIM_KEY_EMPTY] = {"'{1}' är tom",
                                "En obligatorisk uppgift i utbetalningsansökan är tom."},
    [FP_M_F_CLAIM_UNKNOWN_SECTION] = {"en utbetalningsansökan har bara [claim], [costs] och "
                                      "[income]: det som [{1}] innehåller räknas inte",
                                      "Utbetalningsansökan har en del vars siffror inte räknas."},
    [FP_M_F_CLAIM_FROM_DECISION] =
        {"en utbetalningsansökan anger inte '{1}': beslutets kostnadsmodell och procentuella "
         "ersättning gäller, och ersättningen räknas om på de faktiska kostnaderna",
         "Utbetalningsansökan anger en egen kostnadsmodell eller procentuell ersättning; beslutets "
         "gäller."},
    [FP_M_F_CLAIM_REVERSED] = {"ansökningsperioden slutar ({1}) innan den börjar ({2})",
                               "Ansökningsperioden slutar ({1}) innan den börjar ({2})."},
    [FP_M_F_CLAIM_OUTSIDE] =
        {"ansökningsperioden {1}–{2} ligger inte inom projektets genomförandetid {3}–{4}",
         "Ansökningsperioden {1}–{2} ligger inte inom projektets genomförandetid {3}–{4}."},
    [FP_M_F_CLAIM_OVERLAP] =
        {"ansökningsperioden {1}–{2} överlappar utbetalningsansökan {3}:s period ({4}–{5}, {6})",
         "Ansökningsperioden {1}–{2} överlappar perioden för utbetalningsansökan {3} ({4}–{5})."},
    [FP_M_F_CLAIM_BEFORE] =
        {"ansökningsperioden {1}–{2} kommer före utbetalningsansökan {3}:s period ({4}–{5}, {6})",
         "Ansökningsperioden {1}–{2} kommer före perioden för den tidigare utbetalningsansökan {3} "
         "({4}–{5})."},
    [FP_M_F_CLAIM_NUMBER] = {"detta är utbetalningsansökan {1}, men här ska ansökan {2} stå: "
                             "ansökningarna numreras 1, 2, 3 … och anges i den ordningen",
                             "Utbetalningsansökan {1} är i fel ordning: ansökan {2} väntades."},
    [FP_M_F_CLAIM_AFTER_FINAL] =
        {"utbetalningsansökan {1} kommer efter slutbetalningsansökan {2} ({3})",
         "Utbetalningsansökan {1} kommer efter slutbetalningsansökan {2}."},
    [FP_M_F_CLAIM_AFTER_ELIGIBILITY] =
        {"ansökningsperioden slutar {1}, efter {2}, den sista dag då programperioden {3}:s "
         "EU-medel får betala kostnader",
         "Ansökningsperioden slutar {1}, efter {2}, den sista dag då EU-medel från programperioden "
         "{3} får betala kostnader."},
    [FP_M_F_CLAIM_LINE_OVER] =
        {"utfallet för ”{1}” hittills {2}, vilket är {3} över det godkända beloppet {4}",
         "Utfallet för ”{1}” hittills ({2}) är {3} över det godkända beloppet {4}."},
    [FP_M_F_CLAIM_LUMP_LINE] =
        {"beslutets kostnadsmodell är en engångsersättning: {1} = {2} tas inte upp; "
         "engångsersättningen betalas i sin helhet när dess resultat har uppnåtts",
         "Projektet får en engångsersättning, men ansökan redovisar andra kostnader ({2})."},
    [FP_M_F_CLAIM_LUMP_DIFFERS] =
        {"lump_sum = {1} avviker från beslutets engångsersättning {2}: beslutets betalas",
         "Engångsersättningen i ansökan ({1}) avviker från beslutets ({2}); beslutets betalas."},
    [FP_M_F_CLAIM_NOT_LUMP] =
        {"lump_sum = {1}: beslutets kostnadsmodell är inte en engångsersättning",
         "Ansökan redovisar en engångsersättning ({1}), men beslutets kostnadsmodell är inte en "
         "engångsersättning."},
    [FP_M_F_CLAIM_NO_ACHIEVED] =
        {"slutbetalningsansökan i ett projekt med engångsersättning anger om resultatet uppnåddes: "
         "achieved = yes eller no",
         "Slutbetalningsansökan anger inte om engångsersättningens resultat uppnåddes."},
    [FP_M_F_CLAIM_OVERPAID] =
        {"tidigare har {1} betalats ut, mer än det stöd på {2} som projektet hittills har rätt "
         "till: inget betalas ut nu, och {3} dras av från senare utbetalningar",
         "Tidigare har {1} betalats ut, mer än stödet på {2} som projektet hittills har rätt till; "
         "inget betalas ut nu och {3} dras av från senare utbetalningar."},
    [FP_M_F_CLAIM_REPAYMENT] =
        {"stöd har betalats ut med {1}, mer än de {2} som projektet har rätt till: {3} återkrävs",
         "Stöd har betalats ut med {1}, mer än de {2} som projektet har rätt till; {3} återkrävs."},
    [FP_M_F_CLAIM_UNUSED] = {"efter slutbetalningen förblir {1} av stödet på {2} outnyttjat",
                             "Efter slutbetalningen förblir {1} av stödet på {2} outnyttjat."},

    /* ---- payment claims: notes */
    [FP_M_N_CLAIM_ADD] = {"börja filen med [claim] och dess number, start och end", NULL},
    [FP_M_N_CLAIM_DELETE] = {"ta bort raden", NULL},
    [FP_M_N_CLAIM_ORDER] =
        {"ange alla ansökningar från den första i ordning: fundplan claim BESLUT.ini 1.ini 2.ini …",
         NULL},

    /* ---- payment claims: labels */
    [FP_M_CLAIM_T_CLAIM] = {"Utbetalningsansökan {1}", NULL},
    [FP_M_CLAIM_T_CLAIM_FINAL] = {"Utbetalningsansökan {1} (slututbetalning)", NULL},
    [FP_M_CLAIM_T_CLAIMS] = {"Utbetalningsansökningar", NULL},
    [FP_M_CLAIM_T_SHEET] = {"Utbetalning {1}", NULL},
    [FP_M_CLAIM_T_SHEET_FINAL] = {"Utbetalning {1} (slut)", NULL},
    [FP_M_CLAIM_T_COSTS_PERIOD] = {"Periodens kostnader", NULL},
    [FP_M_CLAIM_T_COSTS_TO_DATE] = {"Kostnader hittills", NULL},
    [FP_M_CLAIM_T_ENTITLED_SHORT] = {"Intjänat stöd", NULL},
    [FP_M_CLAIM_T_PAYABLE_SHORT] = {"Betalas ut", NULL},
    [FP_M_CLAIM_T_SUMMARY_SHEET] = {"Sammandrag", NULL},
    [FP_M_CLAIM_T_PERIOD] = {"Ansökningsperiod", NULL},
    [FP_M_CLAIM_T_NUMBER] = {"Ansökan", NULL},
    [FP_M_CLAIM_T_THIS_PERIOD] = {"Denna period", NULL},
    [FP_M_CLAIM_T_CUMULATIVE] = {"Sammanlagt", NULL},
    [FP_M_CLAIM_T_APPROVED] = {"Godkänt", NULL},
    [FP_M_CLAIM_T_REMAINING] = {"Återstår", NULL},
    [FP_M_CLAIM_T_ELIGIBLE_TOTAL] = {"Godtagbara totalkostnader", NULL},
    [FP_M_CLAIM_T_ELIGIBLE_NET] = {"Godtagbara nettoutgifter", NULL},
    [FP_M_CLAIM_T_ENTITLED] = {"Stöd som intjänats hittills", NULL},
    [FP_M_CLAIM_T_PAID_BEFORE] = {"Tidigare utbetalt", NULL},
    [FP_M_CLAIM_T_PAYABLE] = {"Stöd som betalas ut", NULL},
    [FP_M_CLAIM_T_REPAYMENT] = {"Stöd som återkrävs", NULL},
    [FP_M_CLAIM_T_PAID] = {"Utbetalt på denna ansökan", NULL},
    [FP_M_CLAIM_T_SUPPORT] = {"Beviljat stöd (högst i euro)", NULL},
    [FP_M_CLAIM_T_RATE] = {"Stödandel högst", NULL},
    [FP_M_CLAIM_T_SUPPORT_LEFT] = {"Stöd som ännu inte betalats ut", NULL},
    [FP_M_CLAIM_T_DECISION] = {"Beslut", NULL},
    [FP_M_CLAIM_T_BENEFICIARY] = {"Stödmottagare", NULL},
    [FP_M_CLAIM_T_FILE] = {"Fil", NULL},
    [FP_M_CLAIM_T_FINDING] = {"Iakttagelse", NULL},
    [FP_M_CLAIM_T_SEVERITY] = {"Allvarlighet", NULL},
    [FP_M_CLAIM_T_NO_FINDINGS] = {"Inga iakttagelser.", NULL},

    /* ---- payment claims: the terminal */
    [FP_M_CLAIM_ENTITLED_HOW] = {"min({1} × {2}, {3})", NULL},
    [FP_M_CLAIM_LUMP_HOW] = {"engångsersättning: betalas i sin helhet vid slututbetalningen när "
                             "resultatet har uppnåtts",
                             NULL},

    /* ---- payment claims: the payment memo */
    [FP_M_CLAIM_MEMO_DOCTYPE] = {"UTBETALNINGSPROMEMORIA", NULL},
    [FP_M_CLAIM_MEMO_SUBJECT] = {"Utbetalningspromemoria", NULL},
    [FP_M_CLAIM_MEMO_GRANTED] = {"högst {1}, dock högst {2} av projektets godtagbara {3}", NULL},
    [FP_M_CLAIM_MEMO_DRAFT] =
        {"Beslutet eller utbetalningsansökningarna innehåller fel ({1}). Denna promemoria är ett "
         "utkast och ingen utbetalning kan föreslås förrän felen har rättats (se {2}).",
         NULL},
    [FP_M_CLAIM_MEMO_ENTITLED] =
        {"Stödet som intjänats hittills är {1} av de godtagbara kostnaderna sammanlagt {2}, "
         "avrundat nedåt till cent: {3}, dock högst det beviljade stödet {4}. Av det har {5} "
         "betalats ut tidigare.",
         NULL},
    [FP_M_CLAIM_MEMO_LUMP] = {"Projektet får en engångsersättning: inget betalas ut före "
                              "slututbetalningen, och då hela stödet om resultatet har uppnåtts.",
                              NULL},
    [FP_M_CLAIM_MEMO_PROPOSAL_HEAD] = {"Förslag till utbetalning", NULL},
    [FP_M_CLAIM_MEMO_PAY] = {"Det föreslås att projektet ”{1}” (stödmottagare {2}) betalas {3} i "
                             "stöd på utbetalningsansökan {4} (ansökningsperiod {5}).",
                             NULL},
    [FP_M_CLAIM_MEMO_REPAY] =
        {"Det föreslås att {3} av det stöd som betalats till projektet ”{1}” (stödmottagare {2}) "
         "återkrävs på slututbetalningsansökan {4} (ansökningsperiod {5}).",
         NULL},
    [FP_M_CLAIM_MEMO_NOTHING] = {"Inget stöd betalas ut till projektet ”{1}” (stödmottagare {2}) "
                                 "på utbetalningsansökan {4} (ansökningsperiod {5}).",
                                 NULL},
    [FP_M_CLAIM_MEMO_WITHHELD] =
        {"Ingen utbetalning kan föreslås: beslutet eller utbetalningsansökningarna innehåller fel "
         "som först måste rättas (se {2}).",
         NULL},
    [FP_M_CLAIM_MEMO_LEFT] =
        {"Efter denna utbetalning har {1} av det beviljade stödet inte betalats ut.", NULL},
    [FP_M_CLAIM_MEMO_NO_FINDINGS] =
        {"Inga fel eller anmärkningar hittades i beslutet eller utbetalningsansökningarna.", NULL},

    /* ---- payment claims: usage */
    [FP_M_U_CLAIM_ARGS] = {"claim behöver beslutet (den godkända planen) och minst en "
                           "utbetalningsansökan: fundplan claim BESLUT.ini ANSÖKAN.ini…",
                           NULL},
    [FP_M_U_CLAIM_OUTPUT] = {"-o tar en fil som slutar på .xlsx eller .pdf, inte '{1}'", NULL},
    [FP_M_U_CLAIM_TOO_MANY] = {"högst {1} utbetalningsansökningar åt gången", NULL},
    [FP_M_CLAIM_SYS_FONT] = {"libharu kunde inte bädda in teckensnittets delmängd", NULL},

    /* ---- payment claims: the template's comments on [decision] (fundplan new) */
    [FP_M_TPL_SEC_DECISION] =
        {"finansiärens beslut, när det beviljade mindre än det som söktes (fundplan claim)", NULL},
    [FP_M_TPL_H_DECISION_SUPPORT] = {"det beviljade stödet: utbetalningarnas högsta belopp i euro",
                                     NULL},
    [FP_M_TPL_H_DECISION_RATE] = {"den beviljade stödandelen: utbetalningarnas högsta procentsats",
                                  NULL},
    [FP_M_TPL_H_DECISION_DATE] = {"beslutets datum", NULL},
    [FP_M_TPL_H_DECISION_ID] = {"beslutets diarienummer", NULL},

    /* ---- payment claims: the command's help (fundplan claim --help) */
    [FP_M_CLI_CLAIM_SYN] = {"claim [FLAGGOR] BESLUT ANSÖKAN...", NULL},
    [FP_M_CLI_CLAIM] = {"Utbetalningsansökningar mot beslutet (den godkända planen): vad varje "
                        "ansökan ger rätt till och vad som betalas ut nu; med -o "
                        "utbetalningspromemorian (.pdf) eller arbetsboken (.xlsx).",
                        NULL},
    [FP_M_U_CLAIM_STDIN] = {"bara en av filerna kan komma från standard in ('-')", NULL},

    /* ---- the command line's help (cli.c): one line each, cli.c wraps them */
    [FP_M_CLI_USAGE] = {"Användning: fundplan {1}", NULL},
    [FP_M_CLI_SYNOPSIS] = {"KOMMANDO [FLAGGOR] ...", NULL},
    [FP_M_CLI_ABOUT] = {"Kontrollerar finansieringsplanen för ett regionalt utvecklingsprojekt på "
                        "centen och skriver dess beslutspromemoria (PDF) och arbetsbok (XLSX).",
                        NULL},
    [FP_M_CLI_COMMANDS] = {"Kommandon:", NULL},
    [FP_M_CLI_OPTIONS] = {"Flaggor:", NULL},
    [FP_M_CLI_MORE] = {"Ett kommandos flaggor: fundplan KOMMANDO --help; manualen: man fundplan.",
                       NULL},
    [FP_M_CLI_FINDINGS] =
        {"Iakttagelser skrivs ut som 'fundplan: FIL:RAD: fel|varning: meddelande'.", NULL},
    [FP_M_CLI_EXIT] = {"Slutstatus: 0 ingen plan har fel (varningar tillåts), 1 en plan har fel, 2 "
                       "ett användningsfel, eller en fil kunde inte läsas eller skrivas.",
                       NULL},
    [FP_M_CLI_LANGUAGE] = {"Meddelandenas språk: --lang, annars miljön (LANGUAGE, LC_ALL, "
                           "LC_MESSAGES, LANG: fi* finska, sv* svenska, annars engelska). "
                           "Promemorior och arbetsböcker: --lang, annars planens language.",
                           NULL},
    [FP_M_CLI_EPOCH] = {"SOURCE_DATE_EPOCH är \"nu\" överallt där fundplan behöver det: "
                        "tidsstämplarna i PDF- och XLSX-filer, promemorians datum när varken "
                        "--date eller planen anger det, och året för 'fundplan new'.",
                        NULL},
    [FP_M_CLI_FORMAT] =
        {"Planens format: docs/plan-format.md, eller börja från en mall: fundplan new plan.ini",
         NULL},
    [FP_M_CLI_CHECK_SYN] = {"check [FLAGGOR] PLAN...", NULL},
    [FP_M_CLI_CHECK] = {"Skriver ut sammandraget och iakttagelserna för varje plan; med --json i "
                        "stället ett JSON-dokument. PLAN - är standard in.",
                        NULL},
    [FP_M_CLI_NEW_SYN] = {"new [FLAGGOR] FIL.ini", NULL},
    [FP_M_CLI_NEW] = {"Skriver en mall där varje nyckel förklaras på ditt språk, med årets datum. "
                      "Skriver aldrig över en fil; FIL - är standard ut.",
                      NULL},
    [FP_M_CLI_MEMO_SYN] = {"memo [FLAGGOR] PLAN", NULL},
    [FP_M_CLI_MEMO] = {"Skriver beslutspromemorian (PDF), som standard output/NAMN.pdf. En plan "
                       "med fel får en promemoria märkt som utkast.",
                       NULL},
    [FP_M_CLI_SHEET_SYN] = {"sheet [FLAGGOR] PLAN", NULL},
    [FP_M_CLI_SHEET] = {"Skriver planens arbetsbok (XLSX), som standard output/NAMN.xlsx.", NULL},
    [FP_M_CLI_BUILD_SYN] = {"build [FLAGGOR] PLAN|MAPP...", NULL},
    [FP_M_CLI_BUILD] = {"Kontrollerar varje plan (för en mapp dess *.ini-filer), skriver deras "
                        "promemorior och arbetsböcker i utmappen och portfolio.xlsx över alla.",
                        NULL},
    [FP_M_CLI_DIFF_SYN] = {"diff [FLAGGOR] GAMMAL NY", NULL},
    [FP_M_CLI_DIFF] = {"En ändringsansökan: vad som ändras från den gällande planen (GAMMAL) till "
                       "den ändrade (NY), och iakttagelserna om ändringen; med -o dess promemoria "
                       "(.pdf) eller arbetsbok (.xlsx).",
                       NULL},
    [FP_M_CLI_OPT_ALL_L] = {"--all", NULL},
    [FP_M_CLI_OPT_ALL] = {"visa också raderna som inte ändras", NULL},
    [FP_M_CLI_OPT_OUTFILE_L] = {"-o, --output FIL", NULL},
    [FP_M_CLI_OPT_OUTFILE] = {"filen som skrivs: .pdf för promemorian, .xlsx för arbetsboken",
                              NULL},
    [FP_M_CLI_OPT_JSON_L] = {"--json", NULL},
    [FP_M_CLI_OPT_JSON] =
        {"ett JSON-dokument: alla belopp i cent och alla iakttagelser (docs/json.md)", NULL},
    [FP_M_CLI_OPT_LANG_L] = {"--lang fi|sv|en", NULL},
    [FP_M_CLI_OPT_LANG] = {"språket för meddelandena och för promemorian eller arbetsboken", NULL},
    [FP_M_CLI_OPT_LANG_MSG] = {"språket för meddelandena, sammanfattningen och JSON-texterna",
                               NULL},
    [FP_M_CLI_OPT_LANG_NEW] = {"språket för mallens kommentarer och texter", NULL},
    [FP_M_CLI_OPT_DATE_L] = {"--date DATUM", NULL},
    [FP_M_CLI_OPT_DATE] = {"promemorians datum (standard: planens date, annars i dag)", NULL},
    [FP_M_CLI_OPT_CALL_L] = {"--call FIL", NULL},
    [FP_M_CLI_OPT_CALL] = {"kontrollera mot denna utlysnings regler i stället för den som planen "
                           "anger (docs/rules.md)",
                           NULL},
    [FP_M_CLI_OPT_OUTPUT_L] = {"-o, --output SÖKVÄG", NULL},
    [FP_M_CLI_OPT_OUTPUT] = {"filen som skrivs, eller en mapp att skriva NAMN.pdf eller NAMN.xlsx "
                             "i; en mapp som saknas skapas",
                             NULL},
    [FP_M_CLI_OPT_OUTDIR_L] = {"-o, --output MAPP", NULL},
    [FP_M_CLI_OPT_OUTDIR] =
        {"utmappen (standard output/); den skapas med de överordnade mappar som saknas", NULL},
    [FP_M_CLI_OPT_JOBS_L] = {"-j, --jobs N", NULL},
    [FP_M_CLI_OPT_JOBS] = {"planer som byggs samtidigt, 1–256 (standard: antalet processorer)",
                           NULL},
    [FP_M_CLI_OPT_QUIET_L] = {"-q, --quiet", NULL},
    [FP_M_CLI_OPT_QUIET] = {"ingen förloppsrad", NULL},
    [FP_M_CLI_OPT_STATS_L] = {"--stats", NULL},
    [FP_M_CLI_OPT_STATS] =
        {"processortid per plan och fas, filernas storlek och högsta minnesanvändning", NULL},
    [FP_M_CLI_OPT_HELP_L] = {"-h, --help", NULL},
    [FP_M_CLI_OPT_HELP] = {"denna hjälp", NULL},
    [FP_M_CLI_OPT_VERSION_L] = {"--version", NULL},
    [FP_M_CLI_OPT_VERSION] = {"versionen", NULL},

    /* ---- the command line's usage errors (cli.c) */
    [FP_M_U_NO_COMMAND] = {"inget kommando angavs", NULL},
    [FP_M_U_UNKNOWN_COMMAND] = {"okänt kommando '{1}'", NULL},
    [FP_M_U_UNKNOWN_OPTION] = {"{1}: okänd flagga '{2}'", NULL},
    [FP_M_U_OPTION_NOT_FOR] = {"kommandot {1} tar inte flaggan '{2}'", NULL},
    [FP_M_U_OPTION_NEEDS_VALUE] = {"{1}: flaggan '{2}' behöver ett värde", NULL},
    [FP_M_U_OPTION_NO_VALUE] = {"{1}: flaggan '{2}' tar inget värde", NULL},
    [FP_M_U_BAD_JOBS] = {"-j tar ett antal jobb från 1 till 256, inte '{1}'", NULL},
    [FP_M_U_NEEDS_PLANS] = {"{1} behöver minst en planfil", NULL},
    [FP_M_U_ONE_PLAN] = {"{1} behöver exakt en planfil", NULL},
    [FP_M_U_NEW_ONE] = {"new tar ett filnamn: fundplan new plan.ini", NULL},
    [FP_M_U_BUILD_NEEDS] = {"build behöver planfiler eller mappar: fundplan build plans/", NULL},
    [FP_M_U_TRY] = {"Se 'fundplan --help'.", NULL},
    [FP_M_U_TRY_CMD] = {"Se 'fundplan {1} --help'.", NULL},
    [FP_M_U_BAD_EPOCH] =
        {"SOURCE_DATE_EPOCH ska vara ett antal sekunder från 0 till 253402300799, inte '{1}'",
         NULL},

    /* ---- writing files (outfile.c, cli.c) */
    [FP_M_SYS_CANNOT_WRITE] = {"kan inte skrivas: {1}", NULL},
    [FP_M_SYS_NOT_FILE_NAME] = {"är inte ett filnamn", NULL},
    [FP_M_SYS_WRITE_NOT_FOLDER] = {"kan inte skrivas: {1} är inte en mapp", NULL},
    [FP_M_SYS_WRITE_NO_FOLDER] = {"kan inte skrivas: mappen {1} finns inte", NULL},
    [FP_M_SYS_WRITE_NOT_REGULAR] = {"kan inte skrivas: den finns och är inte en vanlig fil", NULL},
    [FP_M_SYS_EXISTS] = {"finns redan; fundplan skriver aldrig över den", NULL},
    [FP_M_SYS_CANNOT_MKDIR] = {"mappen {1} kan inte skapas: {2}", NULL},

    /* ---- fundplan new */
    [FP_M_NEW_WROTE] = {"skrev {1}: redigera den och kör sedan: fundplan check {1}", NULL},

    /* ---- fundplan build's summary (build.c) */
    [FP_M_BUILD_PLANS1] = {"1 plan", NULL},
    [FP_M_BUILD_PLANS] = {"{1} planer", NULL},
    [FP_M_BUILD_FILES1] = {"1 fil skriven", NULL},
    [FP_M_BUILD_FILES] = {"{1} filer skrivna", NULL},
    [FP_M_BUILD_SUMMARY] = {"{1}: {2} med fel, {3} med varningar, {4} misslyckades; {5}; {6} s",
                            NULL},
    [FP_M_BUILD_SECONDS] = {"{1},{2}", NULL},
    [FP_M_BUILD_NO_PLANS] = {"mappen innehåller inga planer (*.ini-filer)", NULL},

    /* ---- the template of fundplan new: its head, and a comment per section and key (schema.c) */
    [FP_M_TPL_HEAD] = {"En finansieringsplan för fundplan. Formatet: docs/plan-format.md. "
                       "Kontrollera den med: fundplan check FIL",
                       NULL},
    [FP_M_TPL_VALUES] = {"Belopp i euro (40 000 eller 40 000,50), procentsatser som 40 %, datum "
                         "som 1.1.{1} eller {1}-01-01.",
                         NULL},
    [FP_M_TPL_COMMENTED] = {"En rad som börjar med ; är en kommentar: ta bort ; för att använda "
                            "nyckeln. Ersätt mallens texter med planens egna.",
                            NULL},
    [FP_M_TPL_REQUIRED] = {"obligatorisk", NULL},
    [FP_M_TPL_SEC_PROJECT] = {"projektet", NULL},
    [FP_M_TPL_SEC_DESCRIPTION] =
        {"texter till promemorian; en rad som slutar med \\ fortsätter på nästa", NULL},
    [FP_M_TPL_SEC_COSTS] = {"kostnadsförslaget, eller en [costs.ÅÅÅÅ] per år; en procentuell "
                            "ersättning på 40 % täcker alla övriga kostnader",
                            NULL},
    [FP_M_TPL_SEC_INCOME] = {"intäkter som dras av från kostnaderna; eller en [income.ÅÅÅÅ] per år",
                             NULL},
    [FP_M_TPL_SEC_FINANCING] = {"finansieringsplanen: summan är på centen kostnaderna − "
                                "intäkterna; eller en [financing.ÅÅÅÅ] per år",
                                NULL},
    [FP_M_TPL_SEC_DECLARED] = {"belopp som ansökan anger dem, jämförs med de beräknade", NULL},
    [FP_M_TPL_SEC_RULES] =
        {"finansieringsformens eller utlysningens regler som denna plan ändrar (docs/rules.md)",
         NULL},
    [FP_M_TPL_SEC_CALL] = {"utlysningen: dess namn och finansiärens regler (docs/rules.md)", NULL},
    [FP_M_TPL_H_NAME] = {"projektets namn som det står i promemorian", NULL},
    [FP_M_TPL_H_ID] = {"finansiärens diarienummer", NULL},
    [FP_M_TPL_H_APPLICANT] = {"den sökande organisationen", NULL},
    [FP_M_TPL_H_PARTNERS] = {"delgenomförare, åtskilda med kommatecken", NULL},
    [FP_M_TPL_H_FUNDER] = {"den finansierande myndigheten", NULL},
    [FP_M_TPL_H_INSTRUMENT] = {"AIKO, AKKE, EAKR eller ett namn som [rules] definierar", NULL},
    [FP_M_TPL_H_PROGRAMME] =
        {"programperioden, 2014-2020 eller 2021-2027 (standard: enligt startdatum)", NULL},
    [FP_M_TPL_H_TYPE] = {"development (utvecklingsprojekt) eller investment (investeringsprojekt)",
                         NULL},
    [FP_M_TPL_H_REGION] = {"landskapet; EU-andelen av ERUF-stödet följer det", NULL},
    [FP_M_TPL_H_PRIORITY] = {"programmets insatsområde", NULL},
    [FP_M_TPL_H_OBJECTIVE] = {"det specifika målet", NULL},
    [FP_M_TPL_H_APPLICATION] = {"ansökans nummer i EURA", NULL},
    [FP_M_TPL_H_TARGET_AREA] = {"projektets målområde", NULL},
    [FP_M_TPL_H_START] = {"projektets första dag", NULL},
    [FP_M_TPL_H_END] = {"projektets sista dag, inte före startdatum", NULL},
    [FP_M_TPL_H_LANGUAGE] = {"fi, sv eller en: promemorians och arbetsbokens språk", NULL},
    [FP_M_TPL_H_DATE] = {"promemorians datum (standard: dagen den skrivs)", NULL},
    [FP_M_TPL_H_PRESENTER] = {"föredragande", NULL},
    [FP_M_TPL_H_CALL] = {"utlysningens fil, bredvid planen (docs/rules.md)", NULL},
    [FP_M_TPL_H_PREPARER] = {"beredare", NULL},
    [FP_M_TPL_H_PREPARER_TITLE] = {"beredarens titel", NULL},
    [FP_M_TPL_H_PREPARER_PHONE] = {"beredarens telefonnummer", NULL},
    [FP_M_TPL_H_PREPARER_EMAIL] = {"beredarens e-postadress", NULL},
    [FP_M_TPL_H_SUMMARY] = {"en sammanfattning av projektet", NULL},
    [FP_M_TPL_H_GOALS] = {"projektets mål", NULL},
    [FP_M_TPL_H_ACTIONS] = {"projektets åtgärder", NULL},
    [FP_M_TPL_H_ASSESSMENT] = {"finansiärens bedömning", NULL},
    [FP_M_TPL_H_TEXT_FILE] = {"samma text ur en UTF-8-fil bredvid planen (inte båda)", NULL},
    [FP_M_TPL_H_FLAT_RATE] = {"procentuell ersättning: denna andel av personalkostnaderna (eller "
                              "de direkta kostnaderna) läggs till",
                              NULL},
    [FP_M_TPL_H_FLAT_RATE_BASE] =
        {"staff eller direct: vad den procentuella ersättningen räknas på", NULL},
    [FP_M_TPL_H_COST_MODEL] = {"actual (faktiska kostnader), flat_rate (procentuell ersättning) "
                               "eller lump_sum (engångsersättning)",
                               NULL},
    [FP_M_TPL_H_TOTAL] = {"endast totalbeloppet, bara när ingen specifikation är känd", NULL},
    [FP_M_TPL_H_REVENUE] = {"intäkter som dras av från kostnaderna", NULL},
    [FP_M_TPL_H_FIN_EAKR] = {"ERUF-finansiering och statlig finansiering tillsammans", NULL},
    [FP_M_TPL_H_FIN_IN_KIND] = {"talkoarbete som finansiering, lika mycket som i [costs]", NULL},
    [FP_M_TPL_H_MAX_SUPPORT_RATE] = {"den högsta stödandelen", NULL},
    [FP_M_TPL_H_INVESTMENT_RATE] = {"den högsta stödandelen för investeringskostnader", NULL},
    [FP_M_TPL_H_MAX_SUPPORT] = {"det högsta stödet i euro", NULL},
    [FP_M_TPL_H_MIN_SUPPORT] = {"det minsta stödet i euro", NULL},
    [FP_M_TPL_H_MAX_TOTAL_COSTS] = {"de högsta totalkostnaderna", NULL},
    [FP_M_TPL_H_MAX_LUMP_SUM] = {"den högsta engångsersättningen", NULL},
    [FP_M_TPL_H_MIN_OWN_SHARE] = {"den minsta egenfinansieringsandelen", NULL},
    [FP_M_TPL_H_MIN_MUNICIPAL_SHARE] = {"den minsta kommunala andelen av finansieringen", NULL},
    [FP_M_TPL_H_SHARE_BASE] = {"financing eller total_costs: vad andelarna räknas på", NULL},
    [FP_M_TPL_H_SUPPORT_BASE] = {"total_costs eller net_costs: vad stödandelen räknas på", NULL},
    [FP_M_TPL_H_SUPPORT_SOURCE] = {"finansieringsraden som är stödet", NULL},
    [FP_M_TPL_H_COST_MODELS] = {"tillåtna kostnadsmodeller, åtskilda med kommatecken", NULL},
    [FP_M_TPL_H_START_FROM] = {"tidigaste tillåtna startdatum", NULL},
    [FP_M_TPL_H_END_BY] = {"senaste tillåtna slutdatum", NULL},
    [FP_M_TPL_H_MAX_MONTHS] = {"den längsta genomförandetiden i månader", NULL},
    [FP_M_TPL_H_FLAT_RATE_ROUNDING] =
        {"cent eller euro: hur den procentuella ersättningen avrundas", NULL},
    [FP_M_TPL_H_YEARLY_BALANCE] =
        {"warning eller error: ett års finansiering som avviker från årets nettoutgifter", NULL},
    [FP_M_TPL_H_EU_SHARE] = {"EU:s andel av stödet", NULL},
    [FP_M_TPL_H_EU_SHARE_BASE] = {"public eller support: vad EU-andelen räknas på", NULL},
    [FP_M_TPL_H_CALL_NAME] = {"utlysningens namn", NULL},
    [FP_M_TPL_H_CALL_ID] = {"utlysningens beteckning", NULL},
    [FP_M_TPL_H_CALL_FUNDER] = {"finansiären som öppnade utlysningen", NULL},

    /* ---- the template's texts: check.c warns when a plan still holds one (FP_F_PLACEHOLDER) */
    [FP_M_TPL_NAME] = {"Projektets namn", NULL},
    [FP_M_TPL_APPLICANT] = {"Sökandens namn", NULL},
    [FP_M_TPL_FUNDER] = {"Finansiärens namn", NULL},
    [FP_M_TPL_SUMMARY] = {"En sammanfattning av projektet i några meningar.", NULL},
    [FP_M_TPL_GOALS] = {"Vad projektet vill uppnå.", NULL},
    [FP_M_TPL_ACTIONS] = {"Vad projektet gör för att nå sina mål.", NULL},
    [FP_M_F_PLACEHOLDER] = {"{1} innehåller fortfarande mallens text '{2}'",
                            "Planen innehåller fortfarande mallens text '{2}'."},
    [FP_M_N_PLACEHOLDER] = {"skriv planens egen text här", NULL},
    [FP_M_TPL_ASSESSMENT] = {"Finansiärens bedömning av projektet.", NULL},

    /* ---- change applications (fundplan diff): findings about the change, preparer's and reader's
       voice */
    [FP_M_F_CHANGE_SUPPORT_UP] =
        {"stödet ökar med {3} (gällande {1}, ändrat {2}): ökningen kräver ett beslut om "
         "tilläggsfinansiering",
         "Stödet skulle öka med {3}: enligt det gällande beslutet är stödet {1}, enligt den "
         "ändrade planen {2}. Ökningen kräver ett beslut om tilläggsfinansiering."},
    [FP_M_F_CHANGE_MODEL] =
        {"kostnadsmodellen ändras ({1} → {2}): modellen är densamma under hela projektet (SRF "
         "866/2021 2 §)",
         "Ändringen skulle byta projektets kostnadsmodell ({1}) mot en annan ({2}). "
         "Kostnadsmodellen är densamma under hela projektet (statsrådets förordning 866/2021, 2 "
         "§), så ändringen kan inte godkännas."},
    [FP_M_F_CHANGE_FLAT_RATE] =
        {"den procentuella ersättningens procentsats ändras ({1} → {2}): kostnadsmodellen med sin "
         "procentsats är densamma under hela projektet (SRF 866/2021 2 §)",
         "Ändringen skulle ändra den procentuella ersättningens procentsats (gällande {1}, ändrad "
         "{2}). Kostnadsmodellen med sin procentsats är densamma under hela projektet (statsrådets "
         "förordning 866/2021, 2 §), så ändringen kan inte godkännas."},
    [FP_M_F_CHANGE_FLAT_BASE] =
        {"grunden för den procentuella ersättningen ändras ({1} → {2}): kostnadsmodellen är "
         "densamma under hela projektet (SRF 866/2021 2 §)",
         "Ändringen skulle beräkna den procentuella ersättningen på en annan grund (gällande {1}, "
         "ändrad {2}). Kostnadsmodellen är densamma under hela projektet (statsrådets förordning "
         "866/2021, 2 §), så ändringen kan inte godkännas."},
    [FP_M_F_CHANGE_PERIOD_MONTHS] =
        {"genomförandetiden förlängs med {3} månader: projektet slutar {2} i stället för {1}",
         "Projektets genomförandetid skulle förlängas med {3} månader: projektet skulle sluta {2} "
         "i stället för {1}."},
    [FP_M_F_CHANGE_PERIOD_MONTH] =
        {"genomförandetiden förlängs med 1 månad: projektet slutar {2} i stället för {1}",
         "Projektets genomförandetid skulle förlängas med en månad: projektet skulle sluta {2} i "
         "stället för {1}."},
    [FP_M_F_CHANGE_PERIOD_DAYS] =
        {"genomförandetiden förlängs med {3} dagar: projektet slutar {2} i stället för {1}",
         "Projektets genomförandetid skulle förlängas med {3} dagar: projektet skulle sluta {2} i "
         "stället för {1}."},
    [FP_M_F_CHANGE_START_EARLIER] =
        {"projektet börjar nu {2}, tidigare än det gällande startdatumet {1}",
         "Projektet skulle börja {2} i stället för {1}, tidigare än beslutat."},
    [FP_M_F_CHANGE_RATE_UP] = {"stödandelen ökar (gällande {1}, ändrad {2})",
                               "Stödandelen skulle bli större än i det gällande beslutet: enligt "
                               "det gällande beslutet {1}, enligt den ändrade planen {2}."},
    [FP_M_F_CHANGE_FIELD] = {"{1} ändras: '{2}' → '{3}'",
                             "I ändringsansökan ändras {1}: tidigare ”{2}”, nu ”{3}”."},
    [FP_M_F_CHANGE_ID] = {"diarienumret ändras ('{1}' → '{2}'): id binder ihop planens två "
                          "versioner; gäller de samma projekt?",
                          "Planernas diarienummer skiljer sig åt (”{1}” och ”{2}”): de är kanske "
                          "inte två versioner av samma projekt."},
    [FP_M_F_CHANGE_PARTNER_ADDED] = {"delgenomförare läggs till: {1}",
                                     "En ny delgenomförare ansluter sig till projektet: {1}."},
    [FP_M_F_CHANGE_PARTNER_REMOVED] = {"delgenomförare utgår: {1}",
                                       "Delgenomföraren {1} lämnar projektet."},

    /* ---- change applications: what a finding about a field names (a noun phrase inside a
       sentence) */
    [FP_M_DIFF_FIELD_NAME] = {"projektets namn", NULL},
    [FP_M_DIFF_FIELD_APPLICANT] = {"sökanden", NULL},
    [FP_M_DIFF_FIELD_FUNDER] = {"finansiären", NULL},
    [FP_M_DIFF_FIELD_INSTRUMENT] = {"finansieringsformen", NULL},
    [FP_M_DIFF_BASE_STAFF] = {"personalkostnaderna", NULL},
    [FP_M_DIFF_BASE_DIRECT] = {"de direkta kostnaderna", NULL},

    /* ---- change applications: the terminal, the workbook and the memo */
    [FP_M_DIFF_OLD_ERRORS] =
        {"den gällande planen innehåller fel (nedan); de hindrar inte jämförelsen", NULL},
    [FP_M_DIFF_SAME_FILE] = {"båda planerna är samma fil: ingenting kan ha ändrats", NULL},
    [FP_M_DIFF_NOT_COMPARED] = {"inte jämförda: {1} är ingen finansieringsplan", NULL},
    [FP_M_DIFF_TITLE] = {"Ändringsansökan", NULL},
    [FP_M_DIFF_COL_OLD] = {"Gällande", NULL},
    [FP_M_DIFF_COL_NEW] = {"Ändrad", NULL},
    [FP_M_DIFF_COL_DELTA] = {"Ändring", NULL},
    [FP_M_DIFF_COL_PCT] = {"Ändring %", NULL},
    [FP_M_DIFF_KEY_FIGURES] = {"Nyckeltal", NULL},
    [FP_M_DIFF_PP] = {"{1}-enh.", NULL},
    [FP_M_DIFF_SHARE_ROW] = {"{1}, andel", NULL},
    [FP_M_DIFF_PERIOD_ROW] = {"Genomförandetid, mån.", NULL},
    [FP_M_DIFF_NO_CHANGES] = {"Inga rader i kostnadsförslaget eller finansieringsplanen ändras.",
                              NULL},
    [FP_M_DIFF_SHEET] = {"Ändring", NULL},
    [FP_M_DIFF_SHEET_FINDINGS] = {"Kontroller", NULL},
    [FP_M_DIFF_COL_SEVERITY] = {"Allvarlighet", NULL},
    [FP_M_DIFF_COL_CONCERNS] = {"Gäller", NULL},
    [FP_M_DIFF_COL_FINDING] = {"Iakttagelse", NULL},
    [FP_M_DIFF_COL_EXPLANATION] = {"Förklaring", NULL},
    [FP_M_DIFF_CONCERNS_CHANGE] = {"Ändringen", NULL},
    [FP_M_DIFF_CONCERNS_NEW] = {"Den ändrade planen", NULL},
    [FP_M_DIFF_NO_FINDINGS] = {"Inga iakttagelser.", NULL},
    [FP_M_DIFF_MEMO_TITLE] = {"Ändringsansökan: {1}", NULL},
    [FP_M_DIFF_MEMO_SUBJECT] = {"Promemoria om ändringsansökan", NULL},
    [FP_M_DIFF_MEMO_INTRO] =
        {"{1} ansöker om ändring av projektets gällande finansieringsplan. I denna promemoria "
         "jämförs den gällande planen med den ändrade planen.",
         NULL},
    [FP_M_DIFF_MEMO_SUPPORT_HEAD] = {"Stödet före och efter ändringen", NULL},
    [FP_M_DIFF_MEMO_SUPPORT_UP] = {"Stödet ökar med {1}: enligt det gällande beslutet är det {2}, "
                                   "enligt den ändrade planen {3}.",
                                   NULL},
    [FP_M_DIFF_MEMO_SUPPORT_DOWN] = {"Stödet minskar med {1}: enligt det gällande beslutet är det "
                                     "{2}, enligt den ändrade planen {3}.",
                                     NULL},
    [FP_M_DIFF_MEMO_SUPPORT_SAME] = {"Stödet förblir oförändrat: {1}.", NULL},
    [FP_M_DIFF_MEMO_FINDINGS_HEAD] = {"Bedömning av ändringen", NULL},
    [FP_M_DIFF_MEMO_NO_CHANGE_FINDINGS] =
        {"Ändringen påverkar varken kostnadsmodellen, genomförandetiden, stödet eller projektets "
         "grunduppgifter: inget i den kräver ett eget beslut.",
         NULL},
    [FP_M_DIFF_MEMO_NEW_FINDINGS_HEAD] = {"Kontroller av den ändrade planen", NULL},
    [FP_M_DIFF_MEMO_DRAFT_ONE] =
        {"Den ändrade planen eller ändringen innehåller 1 fel. Denna promemoria är ett utkast och "
         "kan inte föredras för beslut förrän felet har rättats (se {2}).",
         NULL},
    [FP_M_DIFF_MEMO_DRAFT_MANY] =
        {"Den ändrade planen eller ändringen innehåller {1} fel. Denna promemoria är ett utkast "
         "och kan inte föredras för beslut förrän felen har rättats (se {2}).",
         NULL},
    [FP_M_DIFF_MEMO_PROPOSAL] =
        {"Ändringen godkänns: {1} godkänner den ändrade finansieringsplanen för projektet ”{2}” "
         "(sökande {3}) och beviljar projektet {4} på högst {5}, dock högst {6} av projektets "
         "godtagbara {7}. Genomförandetiden är {8}–{9}.",
         NULL},
    [FP_M_DIFF_MEMO_NO_PROPOSAL] = {"Inget beslutsförslag kan göras: den ändrade planen eller "
                                    "ändringen innehåller fel som först måste rättas (se {1}).",
                                    NULL},

    /* ---- change applications: usage errors */
    [FP_M_U_DIFF_OPERANDS] = {"diff behöver två planfiler: fundplan diff GAMMAL.ini NY.ini", NULL},
    [FP_M_U_DIFF_OUTPUT] = {"-o tar en fil som slutar på .pdf eller .xlsx, inte '{1}'", NULL},
    [FP_M_U_DIFF_STDIN] = {"bara en av de två planerna kan komma från standard in ('-')", NULL},

    /* ---- the portfolio workbook (book_portfolio.c); sheet and table names: ASCII, 31 characters
       at most, no : / ? * [ ] or backslash; a table name also no spaces */
    [FP_M_PF_SHEET_PLANS] = {"Projekt", NULL},
    [FP_M_PF_SHEET_SUMMARY] = {"Sammandrag", NULL},
    [FP_M_PF_TABLE] = {"Projektlista", NULL},
    [FP_M_PF_TITLE] = {"Projektportfölj", NULL},
    [FP_M_PF_STATUS] = {"Status", NULL},
    [FP_M_PF_STATUS_ERRORS] = {"Fel", NULL},
    [FP_M_PF_STATUS_WARNINGS] = {"Varningar", NULL},
    [FP_M_PF_STATUS_OK] = {"I ordning", NULL},
    [FP_M_PF_ERRORS] = {"Fel", NULL},
    [FP_M_PF_WARNINGS] = {"Varningar", NULL},
    [FP_M_PF_START] = {"Börjar", NULL},
    [FP_M_PF_END] = {"Slutar", NULL},
    [FP_M_PF_INCOME] = {"Intäkter", NULL},
    [FP_M_PF_FILE] = {"Fil", NULL},
    [FP_M_PF_YEAR_SUPPORT] = {"Stöd {1}", NULL},
    [FP_M_PF_TOTAL_CLEAN] = {"Totalt, projekt utan fel", NULL},
    [FP_M_PF_TOTAL_ERRORS] = {"Projekt med fel (ingår inte i summorna)", NULL},
    [FP_M_PF_PLANS] = {"Projekt", NULL},
    [FP_M_PF_ERROR_PLANS] = {"Projekt med fel", NULL},
    [FP_M_PF_ERROR_SUPPORT] = {"Stöd, projekt med fel", NULL},
    [FP_M_PF_BY_INSTRUMENT] = {"Per finansieringsform", NULL},
    [FP_M_PF_BY_FUNDER] = {"Per finansiär", NULL},
    [FP_M_PF_BY_YEAR] = {"Stöd per år", NULL},
    [FP_M_PF_NOT_BY_YEAR] = {"inte fördelat på år", NULL},
    [FP_M_PF_UNKNOWN] = {"(okänd)", NULL},
    [FP_M_PF_CLEAN_NOTE] =
        {"Belopp och summor omfattar endast projekt utan fel; projekt med fel visas separat.",
         NULL},
    [FP_M_PF_CHART_TITLE] = {"Projekt utan fel per finansieringsform", NULL},

    /* ---- the portfolio's errors on the terminal */
    [FP_M_PF_CANNOT_SPOOL] = {"projektportföljens temporära fil kan inte skapas i {1}: {2}", NULL},
    [FP_M_PF_SPOOL_WRITE] = {"projektportföljens temporära fil kan inte skrivas: {1}", NULL},
    [FP_M_PF_SPOOL_READ] = {"projektportföljens temporära fil kan inte läsas: {1}", NULL},
    [FP_M_PF_SPOOL_SHORT] =
        {"projektportföljens temporära fil kan inte läsas: den tar slut för tidigt", NULL},
    [FP_M_PF_TOO_MANY] = {"{1} projekt ryms inte i ett kalkylblad", NULL},
    [FP_M_PF_OVERFLOW] = {"projektportföljens summor är större än fundplan kan räkna", NULL},

    /* ---- the funding rules (check.c): one flat rate for the whole project, the base a rate is a
       share of, support on costs the flat rate covers */
    [FP_M_F_FLAT_YEARS_DIFFER] =
        {"flat_rate = {1} avviker från {2} på rad {3}: kostnadsmodellen gäller hela projektet",
         "Planen använder olika procentuella ersättningar olika år, fast kostnadsmodellen gäller "
         "hela projektet."},
    [FP_M_F_FLAT_BASE_DIFFERS] =
        {"flat_rate_base = {1} avviker från {2} på rad {3}: kostnadsmodellen gäller hela projektet",
         "Planen beräknar den procentuella ersättningen på olika kostnader olika år, fast "
         "kostnadsmodellen gäller hela projektet."},
    [FP_M_F_SUPPORT_ABOVE_COVERED] =
        {"stödet {1} överstiger det största tillåtna stödet {2}: högst {3} av {4}, eftersom den "
         "procentuella ersättningen täcker de övriga kostnaderna {5}",
         "Det sökta stödet ({1}) överstiger det största tillåtna stödet {2}: för kostnader på {5} "
         "som den procentuella ersättningen redan täcker beviljas inget stöd."},
    [FP_M_N_FLAT_BASE] = {"periodens sats på {1} beräknas på {2}: skriv flat_rate_base = {3}",
                          NULL},

    /* ---- the funding rules (check.c): a period longer than max_months by less than half a month
     */
    [FP_M_F_TOO_LONG_DAYS] = {"projektet pågår mer än {3} månader: det slutar {1}, efter {2}, den "
                              "sista dagen av {3} månader från starten ({4})",
                              "Projektet pågår mer än {3} månader: det slutar {1}, efter {2}; "
                              "ansökningsomgången tillåter högst {3} månader."},
};
