"""The crisis detector's rules, as data: word classes, crisis families, the gentle tier and
the harmless idioms. `conversations.safety` compiles them once at import.

How to read (and add to) a rule. A rule is a phrase template of space-separated items,
matched against whole words of the normalised message (lower case, letters repeated once,
spelling games undone; see `safety.normalise`):

    word           that word; each word of 4+ letters also matches its vowel-dropped
                   spellings ("pengen" → "pngn", "pngen"; "hidup" → "hdp")
    a/b/c          any of the alternatives; `_` joins words ("lebih_baik")
    CLASS          any entry of a word class below (`WANT`, `DIE`, `I` …)
    [x]            x is optional
    !x             the next word is not x (a qualifier that changes the meaning)
    ~N             up to N other words in between
    %N             the same, but never across a comma, a first-person word (I) or a
                   word that turns the sentence (BUT: "tapi", "selain" …); for masks
    $              the clause ends here, or a comma follows (particles such as "aja",
                   "deh", "ya Allah" may come first)
    $$             the clause ends here (no comma)
    ^              the clause starts here (or right after a comma)

The clitic "-ku" is split off a known word and may follow any item ("hidupku" reads as
"hidup ku"), as may the "ku-" prefix ("kuakhiri" → "ku akhiri"). "-nya" and "-mu" stay
on the word: "mengakhiri hidupnya" is about someone else. A question mark reads as a
comma; a sentence end (. ! ; : or a line break) ends the clause. A word repeated
("cepet-cepet", "siapa-siapa") is read once, so write it once.

To add a phrase people write: find its family below and add a template, or a word to a
class; then add the phrase (and a harmless look-alike) to `tests/data/safety/`.
"""

from __future__ import annotations

# --- word classes --------------------------------------------------------------------
# Entries are separated by spaces; `_` joins the words of a phrase ("lebih_baik").
# Write them plainly: doubled letters are fine ("nggak").
WORDS: dict[str, str] = {
    # first person, formal to slang, plus Javanese and Sundanese
    "I": (
        "aku ak aq ku saya sy gue gua gw gwe ane aye abdi urang aing kuring awak kula kulo inyong "
        "ambo beta sa i me"
    ),
    "WANT": (
        "ingin pengen pingin pengin kepengen kepingin kepengin pgn pen ngin mau mw mo hayang "
        "hoyong arep pengennya inginnya maunya pinginnya want wanna wana"
    ),
    "NOT": (
        "gak ga gk g gag nggak ngga nga enggak engga tidak tdk tak kagak ndak nda ora ra teu "
        "hente moal mboten seng sonde tra no not dont never"
    ),
    "ALREADY": "udah sudah dah udh sdh wes wis uwis geus tos atos telah su sampun",
    # "again" / "any more"
    "LAGI": "lagi lg maneh meneh deui lai lae anymore again",
    # words that turn a sentence: a gap `%N` never runs over them
    "BUT": "tapi tetapi namun selain kecuali cuma hanya but except",
    "ADV": (
        "cepat cepet segera aja saja ae wae rasanya rasane banget bgt sekali bener beneran "
        "benar sungguh serius sumpah sekarang langsung sekalian pisan mah teh juga jadi jd lagi "
        "lg terus tuh kayaknya kyknya mungkin ajah ajh aje we weh literally just really honestly "
        "kinda so to"
    ),
    # what may follow a clause's last word without changing it
    "PART": (
        "aja saja ae wae deh dong sih ya yah lah kok kan tuh nih mah euy bgt banget sekali "
        "pisan kali rasanya sumpah serius beneran lagi lg ku allah ya_allah ya_tuhan tuhan "
        "gusti astaga ajalah sajalah doang kayaknya anymore lol ajah ajh maneh meneh deui juga "
        "aku saya gue gw gua abdi aq aye sekarang dah lai aje we weh"
    ),
    "SAJA": "aja saja ae wae ajalah sajalah aj sj ajah ajh aje weh we mawon",
    "DIE": (
        "mati meninggal modar mampus metong mokad mokat koit wafat paeh maot tewas pejah die "
        "dead rip"
    ),
    "LIFE": "hidup idup urip hirup gesang kehidupan life living being_alive exist existing",
    "SELF": "diri diri_sendiri awak myself",
    "BETTER": (
        "mending mendingan lebih_baik lbh_baik lebih_bagus lebih_enak luwih_apik luwih_becik "
        "leuwih_hade mendhing better"
    ),
    "ONLY": "cuma cuman hanya cm ngan mung mek just only",
    "BE": "jadi menjadi dadi jd adalah a",
    "IF": (
        "kalau kalo klo kl jika jikalau bila seandainya andai misal misalnya lamun mun nek yen if"
    ),
    # wishing things were otherwise: "andai", "harusnya", "mending"
    "WISH": (
        "andai seandainya harusnya seharusnya mending mendingan lebih_baik lbh_baik coba "
        "semestinya sebaiknya kalau_aja kalo_aja leuwih_hade luwih_becik mendhing better"
    ),
    # for ever
    "FOREVER": (
        "selamanya untuk_selamanya utk_selamanya selama_lamanya slamanya selawase salawasna "
        "salamina salilana permanen permanently forever for_good for_ever"
    ),
    "TIME": (
        "besok lusa nanti nanti_malam malam_ini malem_ini minggu_depan bulan_depan tahun_depan "
        "sebentar_lagi bentar_lagi gak_lama_lagi segera secepatnya besok_pagi tomorrow "
        "next_week soon tonight"
    ),
    "ADA": "ada ono onok aya",
    # "there is none": Sundanese "euweuh"
    "NONE": "gak_ada ga_ada tidak_ada nggak_ada ngga_ada gk_ada g_ada tak_ada ora_ono euweuh",
    # people a farewell is written to
    "FAMILY": (
        "mama mamah mami ibu ibuk emak mak bunda papa papah bapak ayah abah keluarga kalian "
        "orang_tua ortu adik adek kakak kak suami istri pacar semua semuanya"
    ),
    # thanks, as typed
    "THANKS": "makasih makasi mksh mks terimakasih trimakasih thanks thank_you thx tq",
    # giving up / being tired
    "TIRED": (
        "capek cape capai lelah letih muak bosan bosen jenuh kesel males penat sumpek sebel "
        "jengah hoream wegah tired sick"
    ),
    # a burden at work is not a burden on one's family: "beban kerja", "beban tim"
    "WORKLOAD": (
        "kerja kerjaan tugas kuliah pikiran biaya cicilan utang hutang moral mental target "
        "kerjanya tim kantor perusahaan proyek project divisi rekan"
    ),
    # bearing it
    "BEAR": "kuat sanggup tahan mampu betah kuwat",
    # words after "hidup" that make it about a way of living, not about being alive
    "QUAL": (
        "hemat ngirit irit pas_pasan sederhana mewah boros miskin sehat mandiri bareng bersama "
        "berdua sendirian dari tanpa di dengan sama numpang ngekos ngontrak merantau susah enak "
        "layak normal tenang baru lebih dalam nganggur menganggur bergantung tergantung pas"
    ),
    # "gak mau hidup kayak gini" is about a way of living (the gentle tier)
    "LIKE_THIS": "kayak kaya kek seperti begini begitu gini gitu macam like",
    # "dunia maya", "dunia kerja": a world that is not the world
    "WORLD_QUAL": "maya kerja kampus hiburan digital online medsos sosmed luar perkuliahan nyata",
    "DISAPPEAR": (
        "ngilang menghilang hilang ilang lenyap musnah sirna raib leungit ngaleungit disappear "
        "vanish"
    ),
    "ENDV": (
        "akhiri mengakhiri ngakhiri ngakhirin akhirin sudahi menyudahi nyudahin udahin hentikan "
        "menghentikan ngehentiin berhentiin ngeureunkeun ngend ngendin end ending ended"
    ),
    "HURT": (
        "menyakiti nyakitin nyakiti sakitin sakiti melukai lukai ngelukain ngelukai "
        "lukain nglukai nyiksa menyiksa siksa mukulin memukuli pukulin hurt harm"
    ),
    "CUT": (
        "nyayat menyayat sayat nyilet menyilet silet nyiletin nyileti gores menggores ngegores "
        "goresin nyakar cakar mencakar cakarin benturin membenturkan bentur sundut nyundut "
        "nyundutin cut cutting"
    ),
    "BODY": (
        "tangan lengan nadi paha pergelangan pergelangan_tangan kulit kepala badan tubuh leher "
        "perut wrist wrists arm arms"
    ),
    "POISON": (
        "racun baygon pembasmi pembersih_lantai obat_nyamuk obat_serangga cairan_pembersih "
        "pemutih bayclin porstex soda_api pestisida insektisida sianida racun_tikus poison "
        "bleach"
    ),
    # getting something ready
    "PREPARE": (
        "nyiapin siapin menyiapkan mempersiapkan nyiapkan nyimpen simpen menyimpan "
        "nyetok stok beli membeli bought got"
    ),
    "HIGH": (
        "gedung jembatan atap lantai apartemen apartment tebing flyover fly_over menara balkon "
        "rooftop tower jendela mall jurang bridge building roof kosan rusun"
    ),
    "JUMP": (
        "loncat lompat terjun nyebur jatuhin_diri menjatuhkan_diri ngejatuhin_diri nyemplung "
        "nyemplungin_diri ceburin_diri jump jumping"
    ),
    "DEVICE": (
        "hp hape handphone ponsel telepon hpku laptop leptop komputer pc baterai batre batrai "
        "batere baterei charger motor mobil mesin lampu listrik wifi internet inet sinyal tv "
        "kamera mic mik layar monitor router modem server printer ac kipas jam powerbank zoom "
        "aplikasi app phone battery headset speaker keyboard mouse"
    ),
    # bodily states people exaggerate with "mau mati" ("laper banget, mau mati")
    "SENSATION": (
        "laper lapar ngantuk ngakak ketawa deg_degan degdegan dag_dig_dug pedes pedas panas "
        "gerah dingin malu kenyang haus geli gemes gemas pegel pegal mules kebelet bosen bosan "
        "penasaran kepo seneng senang lucu sakit_perut macet bikin kepanasan kedinginan "
        "kelaparan kehausan kegerahan ngeri serem takut tegang grogi"
    ),
    # a third person in a news report
    "THIRD": (
        "seorang pria wanita perempuan laki lelaki warga mahasiswa mahasiswi siswa siswi "
        "pelajar remaja korban pelaku artis aktor aktris selebritas seleb penyanyi idol polisi "
        "tentara napi tahanan petani jasad mayat jenazah ia dia beliau mereka tersangka "
        "terdakwa"
    ),
    # what a news report, a study or a campaign calls it
    "TOPIC": (
        "kasus angka tingkat berita pencegahan mencegah cegah risiko resiko tanda "
        "isu kampanye anti statistik data laporan fenomena bahaya edukasi hotline layanan "
        "prevention awareness rate bom gol serangan misi pasukan squad diduga dugaan tewas "
        "ditemukan motif aksi korban akibat kematian meninggal_karena penyebab"
    ),
    # the subject pronoun: "I" without the clitic "ku", which after a noun is a possessive
    # ("masa depanku udah gak ada" is about the future, not about oneself)
    "ME": (
        "aku ak aq saya sy gue gua gw gwe ane aye abdi urang aing kuring kula kulo inyong ambo "
        "beta i me"
    ),
    # leaving, as a person leaves
    "LEAVE": (
        "pergi pamit minggat angkat_kaki cabut berangkat ninggalin ninggalkan meninggalkan "
        "tinggalin leave go"
    ),
    "RETURN": "balik kembali pulang muncul nongol come_back",
    # a letter or message one leaves behind, and what makes a letter ordinary
    "LETTER": "surat pesan tulisan catatan rekaman video voice_note vn",
    "LETTER_QUAL": (
        "lamaran izin ijin keterangan rekomendasi referensi resign pengunduran kuasa pernyataan "
        "tugas cinta undangan motivasi pengantar terimakasih ucapan dokter sakit lamaran_kerja "
        "penawaran kontrak perjanjian perpisahan_kantor"
    ),
    # handing one's things over
    "GIVE": (
        "kasih ngasih kasihin ngasihin bagi bagiin ngebagiin membagikan bagikan wariskan "
        "mewariskan hibahkan relain sumbangin sumbangkan nyumbangin menyumbangkan hibahin"
    ),
    # a life's moments that can be "the last"
    "LIFE_EVENT": (
        "ulang_tahun ultah lebaran natal tahun_baru napas nafas tidur malam_ku hari_ku birthday"
    ),
    # a place to fall from, asked about as "which one"
    "DROP": "jembatan tebing jurang rel flyover fly_over rooftop atap menara tower",
    # what one can declare "dead" without dying: a CV, a career, a business
    "THING": (
        "cv cvku lamaran karier karir usaha bisnis akun startup proyek project portofolio porto "
        "kerjaan ide rencana"
    ),
    # a group, a feed, a place one leaves without leaving life
    "SOCIAL": (
        "grup group gc sosmed medsos linkedin instagram ig twitter tiktok wa whatsapp facebook "
        "fb radar komunitas reuni kelas kantor kampus kos kost kota circle forum chat tim"
    ),
    # talk about a subject, not about oneself
    "ABOUT": (
        "artikel film berita webinar buku novel diskusi membahas bahas seminar materi video "
        "konten dokumenter podcast lagu skripsi penelitian riset thread utas postingan about"
    ),
}

# --- crisis families -----------------------------------------------------------------
# Each family: a comment with phrases it is meant for, then its templates.
CRISIS: dict[str, list[str]] = {
    # "kepikiran bunuh diri", "pengen bundir", "I'm suicidal", "mau unalive aja", "kms"
    "explicit": [
        "bunuh/ngebunuh/membunuh/bunuhin/kubunuh SELF",
        "bundir/bunuhdiri/suicide/suicidal/sewerslide/unalive/unaliving/kys/kms/ctb/nglalu",
        "commit die/dying/sudoku/toaster_bath",
        "delete/uninstall/alt_f4 myself/diri/hidup",
        "logout/log_out/uninstall dari dunia/hidup",
        "kill/killing/kil myself/myslf/mysef",
        "take/taking my [own] life",
        "ENDV my [own] life",
    ],
    # "pengen mati aja", "mending gue mati", "ya Allah ambil nyawaku", "hayang paeh"
    "want_to_die": [
        "WANT [ADV] [ADV] [ADV] DIE",
        "BETTER [I] [yang] [ADV] [ADV] DIE",
        "harusnya/seharusnya/mestinya I [SAJA] yang DIE",
        "harusnya/seharusnya/mestinya I ALREADY DIE",
        "kenapa [sih] [I] masih LIFE [PART] $",
        "milih/memilih/pilih [ADV] DIE",
        "siap DIE !demi/untuk/buat",
        "semoga/moga/mudah_mudahan/berharap/harap [I] [ADV] [ADV] DIE/ketabrak/tertabrak"
        "/kecelakaan/kelindas",
        "semoga/moga/mudah_mudahan/berharap/harap [I] [ADV] [ADV] dipanggil/dijemput [PART] $",
        "semoga/moga/mudah_mudahan/berharap/harap [I] [ADV] [ADV] dipanggil/dijemput"
        " tuhan/allah/yang_kuasa/yang_maha_kuasa/sang_pencipta/ajal",
        # "kenapa bukan aku aja yang diambil", "terserah mau diambil kapan"
        "kenapa bukan ME [SAJA] yang diambil/dipanggil/dijemput/DIE/pergi/duluan",
        "terserah/siap/rela/pasrah [kalau/mau] [ADV] diambil/dijemput/dicabut [nyawa] ~1 kapan",
        # "pengen nyusul bapak aja" (someone who died, no destination)
        "WANT/BETTER [ADV] nyusul/menyusul bapak/ayah/ibu/mama/papa/emak/mamah/papah/nenek/kakek"
        "/abah/bunda/adik/adek/kakak/suami/istri/anak [SAJA] [ke_atas/ke_sana/ke_atas_sana]"
        " [PART] $",
        "semoga/moga/mudah_mudahan/berharap [TIME] [I] NOT selamat",
        "WANT [ADV] dipanggil/dijemput tuhan/allah/yang_kuasa/yang_maha_kuasa/ajal",
        "WANT/siap [ADV] pulang/kembali/mulih/bali ke/menyang/marang/nang tuhan/allah/rahmatullah"
        "/pangkuan/sang_pencipta/gusti/pangeran/pencipta/yang_maha_kuasa/yang_di_atas",
        "WANT/siap [ADV] ketemu/bertemu/menghadap tuhan/allah/sang_pencipta/yang_maha_kuasa",
        "ambil/cabut/ambillah/cabutlah [SAJA] nyawa",
        "tuhan/allah/ya_allah/ya_tuhan/gusti [,] [tolong] ambil/jemput/panggil I",
        "ambil/jemput/panggil I [ADV] [ya] tuhan/allah/gusti",
        "bunuh/matiin/matikan/bunuhin/habisi [ADV] I [ADV] $",
        "WANT [ADV] nyusul/menyusul/ketemu/bertemu/kumpul/ikut almarhum/almarhumah/alm/almh"
        "/mendiang/arwah",
        "nyusul/menyusul/ikut ~2 ke surga/akhirat/alam_sana/alam_baka/alam_kubur",
        "ketemu/bertemu/nyusul/menyusul/kumpul/ikut ~3 di atas_sana/surga/alam_sana/sisi_nya",
        # death spoken of as not so bad, or not feared any more
        "NOT takut [sama/dengan/ama] DIE [LAGI] [PART] $",
        "DIE ~2 NOT seburuk/sejelek/semenakutkan/seserem/seseram/sesakit/seburuk_itu",
        "DIE [ADV] [itu] [ADV] enak/tenang/damai/indah/melegakan [PART] $",
        # "aku mau nyerahin nyawaku"
        "nyerahin/menyerahkan/serahin/serahkan/relain/relakan nyawa",
        # "maaf ya bu, anakmu nyerah"
        "maaf/maafin/maafkan [ya] [FAMILY] ~2 anakmu/anak_mu/anak_ibu/anak_bapak/anak_mama"
        " ~1 nyerah/menyerah/pamit/pergi/gak_kuat/ga_kuat [LAGI] [PART] $",
        "IF [I] DIE [itu] [ADV] enak/tenang/damai/lega/solusi/lebih_enak/lebih_tenang",
        "doain/doakan/doakanlah [ADV] I [ADV] DIE",
        "kapan [ya] [I] DIE [PART] $",
        "kenapa [sih] [I] NOT DIE",
        "selain DIE $",
        "DIE [ADV] [itu/adalah] [ADV] lebih_enak/lebih_baik/lebih_tenang/solusi/jalan_keluar"
        "/jalan_terbaik/pilihan_terbaik/satu_jalan/satu_satunya_jalan",
        "ajal [ku] [ADV] cepat/cepet/segera/dateng/datang/menjemput/jemput",
        "kenapa [I] belum/gak/ga/nggak/tidak dipanggil/diambil/dijemput/DIE",
        "siap/rela/ikhlas [kalau/kalo] dipanggil/dijemput/diambil ~3 yang_di_atas/tuhan/allah"
        "/yang_kuasa/sang_pencipta/yang_maha_kuasa",
        "semoga/moga/mudah_mudahan/berharap ~2 pesawat/kereta/bus/bis/mobil/motor ku ~2 jatuh"
        "/kecelakaan/nabrak/tabrakan/celaka",
        "andai/kalau/seandainya/semoga ~4 kecelakaan/bencana/gempa ~4 ME [yang] [jadi]"
        " korban/korbannya",
        "WANT [ADV] jadi/menjadi kenangan/almarhum/almarhumah/arwah/abu [SAJA] [PART] $",
        "giliran [ku/ME] [ADV] dikubur/DIE/dipanggil/dijemput",
        "WANT ~6 di bawah tanah [PART] $",
        "biar/biarin/biarkan I [SAJA] DIE",
        "WANT [ADV] [SAJA] dikubur/dimakamkan/dimakamin/dikafanin [SAJA] [PART] $",
        "cant wait to die",
        "want/wanna [to] be dead",
        "^ [udah/yaudah/udahlah/sudahlah/wes] [lah] DIE SAJA",
        "I [ADV] DIE SAJA",
        "DIE SAJA [PART] I $",
        "wish I was/were dead",
        "better off dead",
        "I [ADV] [am] [ADV] [ready] to die",
        "wanna/wana/want_to/need_to die",
    ],
    # "mau ngakhirin hidupku", "kuakhiri saja semuanya", "pengen berhenti bernapas"
    "end_life": [
        "ENDV [ADV] [SAJA] LIFE/nyawa",
        "habisi/menghabisi/ngabisin/ngehabisin [ADV] nyawa",
        "WANT [ADV] LIFE [I] [ini] berakhir/selesai/usai",
        "ENDV [ADV] [SAJA] semuanya/segalanya/kabeh/sedaya/semua_ini/semua_penderitaan"
        "/penderitaan_ini/rasa_sakit_ini/it_all/everything",
        "ENDV [ADV] [SAJA] penderitaan/derita/rasa_sakit ku",
        "ENDV [ADV] semua $",
        # "pengen udahan aja semuanya"
        "WANT [ADV] udahan/selesai/berhentiin/nyudahin [SAJA] [sama/dengan/ama] semuanya"
        "/segalanya/semua_ini [PART] $",
        "ENDV [ADV] semua/semuanya/segalanya TIME [PART] $",
        "semuanya/segalanya/hidup/semua_ini [ini] ~2 ku akhiri/sudahi/hentikan",
        "udahan/selesai [ADV] [SAJA] sama/dengan/ama LIFE/semuanya/semua_ini/segalanya !yang",
        "udahan/selesai [ADV] [SAJA] sama/dengan/ama dunia [ini] [PART] $",
        # "hidup ini terlalu berat, aku mau udahan"
        "LIFE ~3 berat/sulit/susah/capek/melelahkan ~4 ME [ADV] WANT/mau udahan/nyerah/menyerah"
        " [SAJA] [PART] $",
        "NOT WANT [ADV] napas/nafas/bernapas/bernafas [LAGI] [PART] $",
        "LIFE [I] [ini] [ALREADY] berakhir/selesai/tamat/udahan/game_over/wassalam [PART] $",
        "LIFE [I] [ini] [ALREADY] [ADV] berakhir/selesai/tamat/kelar [buat/untuk/bagi] [ME]"
        " [PART] $",
        "berhenti/stop bernapas/bernafas/napas/nafas/bernyawa",
        "WANT [ADV] berhenti/stop [ADV] LIFE !QUAL",
        "pergi FOREVER",
        "selesai/berakhir/tamat FOREVER",
        "^ NOT usah/perlu dibangunin/dibangunkan/bangunin [LAGI] [PART] $$",
        "BETTER [semuanya/semua/hidup] selesai/berakhir/udahan [SAJA] [PART] $",
        "WANT [ADV] end it",
        "end/ending things",
        "want ~2 everything/it_all/it to stop/end [FOREVER] [PART] $",
        "end/ending it [all] [TIME] [PART] $",
        "cukup sampai/sampe [di] sini/situ [SAJA] LIFE",
        # "udah cukup hidup segini aja", "gak ditakdirin buat hidup lama"
        "cukup [ADV] LIFE [ku] segini/sampai_sini/sampe_sini/sampai_di_sini/sampai_disini",
        "LIFE [ku] [ADV] [ALREADY] cukup segini",
        "NOT ditakdirin/ditakdirkan/dimaksudkan/digariskan [buat/untuk/utk] LIFE",
        "LIFE [I] [ADV] cukup sampai/sampe [di] sini/situ",
        "WANT semua/semuanya/semua_ini berakhir/selesai/berhenti ~3 termasuk I/LIFE",
        "I [am] gonna/gona/going_to end it",
    ],
    # "nyilet lagi", "pengen nyakitin diriku", "bikin barcode di lengan", "self harm"
    "self_harm": [
        "HURT [ADV] SELF/BODY",
        "CUT [ADV] [ADV] SELF/BODY",
        "nyilet/menyilet/nyiletin/nyileti",
        "potong/motong/memotong/iris/ngiris/mengiris/tusuk/nusuk/menusuk [ADV] nadi"
        "/pergelangan/SELF",
        "self harm",
        "selfharm",
        "barcode [LAGI] [di] BODY",
        "bikin/buat/kambuh barcode",
        "kambuh/pengen/mau/udah/lagi/berhenti cutting",
        "cutting LAGI/myself",
        "BODY ~3 sayatan/goresan/bekas_silet/luka_silet/bekas_luka_sayat",
        "BODY [ku] [ALREADY] [ADV] penuh bekas/luka/sayatan/goresan/lebam/memar",
        "WANT [ADV] ngerasain/merasakan/ngerasa/rasain sakit fisik",
        "sakit fisik ~2 biar/supaya/agar/buat ~4 NOT kerasa/terasa/ngerasa",
        "sayatan/goresan/bekas_silet ~2 BODY",
        "bikin/buat/nambah/nambahin luka [LAGI] [di] BODY",
        "luka ~3 I bikin/buat sendiri",
        "lampiasin/lampiaskan/ngelampiasin/melampiaskan ~2 ke BODY/SELF",
        "jambak/jambakin/menjambak/njambak rambut [I] sendiri",
        "HURT/CUT/mukul/mukulin/gigit/gigitin/jambak/jambakin/benturin/nyakar/nonjok/nonjokin"
        "/tonjok/ninju/tinju/pukul/pukulin/nyubit/nyubitin/cubit/cubitin/garuk/garukin"
        " ~4 sampai/sampe ~2 berdarah/memar/luka/bengkak/lebam"
        "/lecet/biru",
        "bakar/membakar/ngebakar BODY",
        "WANT [ADV] [I] lukai/sakiti/lukain/sakitin/gores/sayat [PART] $",
        "megang/pegang/memegang/genggam silet/cutter !buat/untuk/utk/sambil",
        "silet/cutter/racun/tali ~4 buat/untuk/utk jaga",
        "sh LAGI/kambuh/relapse",
        "kambuh/relapse sh",
        "mukul/mukulin/memukul/pukul/pukulin/benturin/jedotin/jedot/nampar/nampar_nampar"
        " kepala/diri/badan [sendiri]",
        "mukul/mukulin/memukul/pukul/benturin/jedotin/jedot kepala ~2 tembok/dinding",
    ],
    # "udah beli tali", "minum baygon", "lompat dari jembatan", "obat tidur udah kukumpulin"
    "method": [
        "gantung/gantungin/menggantung/ngegantung SELF",
        "hang myself",
        "tali ~3 gantung/leher/mati/bunuh",
        "tali dan/sama/ama kursi",
        "PREPARE/udah_ada [ADV] tali !sepatu/rafia/jemuran/tas/pinggang/buat/untuk/utk",
        "a rope",
        "minum/nenggak/menenggak/nelen/menelan/telan/minumin [ADV] POISON",
        "racun/POISON ~3 bukan/bukannya buat/untuk/utk tikus/nyamuk/serangga/kecoa/hama/semut",
        "PREPARE [ADV] racun/sianida/poison !tikus/serangga/hama/rumput/nyamuk/kecoa/semut/buat"
        "/untuk/utk/for",
        "nyiapin/siapin/menyiapkan/kusiapin/nyimpen/simpen [ADV] POISON !tikus/serangga/hama"
        "/rumput/nyamuk/kecoa/semut/buat/untuk/utk",
        "minum/nenggak/menenggak/nelen/menelan/telan ~1 sebotol/segenggam/setoples/seplastik"
        "/sestrip obat/pil",
        "nenggak/menenggak/nelen/menelan ~1 semua obat/pil",
        "semua/banyak obat/pil ~2 sekaligus",
        "obat/pil ~5 kumpulin/dikumpulin/kumpulkan/dikumpulkan/ngumpulin/mengumpulkan/tabung"
        "/nimbun",
        "kumpulin/ngumpulin/mengumpulkan/nimbun/numpuk ~1 obat/pil",
        "overdosis/overdosisin",
        "biar/buat/sampai/sampe/supaya/mau/pengen od",
        "overdose/od on",
        "JUMP [SELF] dari/dr/from/off [atas/the/a] HIGH",
        "di/dari/on [atas/pinggir/ujung/tepi] HIGH ~4 WANT/mau/siap JUMP !kegirangan/girang",
        "HIGH ~3 kepikiran/pengen/ingin/niat/mikir [buat/untuk/mau] JUMP !kegirangan/girang",
        "JUMP ke/di rel/jurang",
        "WANT [ADV] JUMP [SAJA] ke sungai/kali/laut/danau/waduk",
        "JUMP ~4 biar/supaya/sampai/sampe hanyut/tenggelam/mati/selesai",
        "tabrakin/tabrakkan/nabrakin/nabrak/menabrakkan/nabrakkan/lemparin/ngelempar"
        " [SELF/motor/mobil] ke kereta/truk/bus/bis/mobil/pembatas/tiang/tembok/pohon/jurang"
        "/dinding/separator",
        # staging an accident
        "biar/supaya/agar [ke] keliatan/kelihatan/dikira/disangka/dianggap [kayak/seperti]"
        " kecelakaan",
        "tiduran/rebahan/berdiri/nunggu di rel",
        "berdiri/duduk ~2 di pinggir/tepi/ujung/atas rel/jembatan/atap/gedung/tebing/balkon"
        "/rooftop",
        "pisau/silet/cutter ~2 di/ke leher/nadi/pergelangan",
        "takut [I] nekat [PART] $",
        "berpikiran/berpikir/pikiran/mikir pendek",
        "tinggal/cuma/tinggal_nunggu nunggu/menunggu [ADV] berani/keberanian/nyali !buat/untuk"
        "/utk/ngomong/bilang/klik/kirim/daftar/melamar/ngelamar/nanya/apply",
        "PREPARE/nyimpen/simpen/ngumpulin/kumpulin ~1 obat_tidur/pil_tidur ~3 strip/sebotol"
        "/butir/tablet/setoples/banyak",
        "tinggal [ADV] berani/nekat [SAJA] [PART] $",
        # "udah tau mau ke jembatan mana", "searching berapa lantai yang cukup"
        "tau/tahu/nentuin/menentukan/milih/memilih/pilih [mau] [ke] DROP mana/yang",
        "berapa lantai/meter/butir/tablet/pil/strip ~2 cukup/mematikan/fatal/letal",
        "ngiket/ngikat/iket/ikat/mengikat/masang/pasang tali ~4 kamar/kamar_mandi/plafon/kusen"
        "/langit_langit/pohon/kipas/pintu/lemari/balok/leher/kayu",
        "nyoba/mencoba/sempat/sempet/hampir ~2 ngiket/ngikat/iket/gantung/gantungin/tali/loncat"
        "/lompat/terjun/minum_racun/nyilet/overdosis/nyayat",
        "obat_tidur/pil_tidur ~3 sebotol/segenggam/setoples/seplastik/banyak/numpuk/setumpuk",
        "nyimpen/simpen/menyimpan/ngumpulin/kumpulin/ngumpulkan/nimbun ~3 obat/obatan/pil ~6"
        " ALREADY banyak/cukup/numpuk",
        "cara ~3 buat/untuk/biar/supaya selesai/mati/pergi/berakhir/udahan/ngilang [PART] $",
        "WANT [ADV] JUMP [SAJA] [PART] dari sini/situ/atas/ketinggian [PART] $",
        "surat wasiat",
        "nulis/menulis/bikin/membuat/siapin wasiat",
        "bagi/bagiin/ngebagiin/membagikan/kasihin/ngasihin ~1 barang",
        "cara DIE/bundir/bunuh_diri/ngakhirin/mengakhiri",
        "cara/caranya ~3 buat/untuk/biar/supaya/agar NOT bangun",
        "dosis ~4 mematikan/mati/letal/bikin/biar/buat",
        "WANT [ADV] nabrakin/ditabrak/tertabrak/ketabrak",
    ],
    # "ini pesan terakhirku", "aku pamit selamanya", "jangan cari aku lagi"
    "farewell": [
        "pesan/salam/kata/surat/tulisan terakhir ku",
        "pesan/salam/kata/surat terakhir [ku] dari I",
        "pesan/salam/kata/surat terakhir [ku] buat/untuk/utk FAMILY",
        "ini pesan terakhir $",
        "pamit/pergi FOREVER",
        "pamit/pamitan [ADV] untuk/buat/utk [yang] terakhir [kali/kalinya] [PART] $",
        "pamit [dari] dunia",
        "pamit/pergi/undur_diri [ADV] dari LIFE [ku] ini",
        # "pengen resign dr hidup", "pensiun dari hidup aja": leaving life, job words
        "resign/risain/resain/pensiun/berhenti [ADV] dari/dr LIFE [ku] [ini] [PART] $",
        "selamat tinggal [ADV] dunia/FOREVER/semua_orang",
        "^ selamat tinggal [PART] $$",
        "goodbye/bye FOREVER/world",
        "sampai/sampe jumpa/ketemu [LAGI] di kehidupan/hidup/alam ~1"
        " selanjutnya/berikutnya/lain/lainnya/sana/baka",
        "see you in another/the_next life",
        "jangan cari/cariin/nyari/nyariin I [LAGI] [FOREVER] [PART] $",
        "jangan cari/cariin/nyari/nyariin I LAGI/FOREVER",
        "IF [nanti/TIME] I ALREADY NOT ADA !di/kabar/waktu/duit/uang",
        "IF I [ALREADY] NOT ADA LAGI",
        "IF nanti I NOT ADA !di/kabar/waktu/duit/uang",
        "IF I NOT ADA nanti",
        "IF [nanti] ME [ALREADY] NOT ADA di dunia",
        "jangan sedih/nangis/nyesel ~3 IF I [ALREADY] pergi/DIE/NONE/tiada",
        "jangan [ADV] nyalahin/menyalahkan/salahin/nyalahkan diri/SELF [kalian/kamu/sendiri] ~2"
        " nanti",
        "jangan nyalahin/menyalahkan/salahin/nyalahkan SELF/kalian ~3 IF [nanti] I [ALREADY]"
        " pergi/DIE/NONE/tiada",
        "nyerah/pamit/pergi/menyerah ~3 titip/nitip/jagain FAMILY",
        "titip/nitip/jagain FAMILY ~3 nyerah/pamit/pergi_duluan",
        "maaf [ya] [I] [ALREADY] NOT BEAR [LAGI] [PART] $",
        "ini/this [is] goodbye/perpisahan [dari/from] [I] [PART] $",
        "jangan dicari/dicariin [PART] $",
        "NOT usah/perlu ditemuin/ditemukan/dicari/dicariin [PART] $",
        "waktunya/saatnya [ME] pergi/pamit dari semuanya/segalanya/semua_ini/dunia",
        "terakhir kali/kalinya kalian/kamu/semua/mereka denger/dengar/liat/lihat/ketemu [kabar]"
        " [dari] I",
        "ME ALREADY NOT ADA [LAGI] [PART] $",
        "terakhir kali/kalinya I ~1 ngobrol/bicara/berbicara/ngomong/chat/nulis/menulis/pamit"
        "/ketemu/bertemu ~2 siapa/siapapun/siapa_pun/kalian/kamu/semua_orang/dunia",
        "terakhir kali/kalinya I ngobrol/bicara/berbicara/ngomong/chat/nulis/menulis/pamit"
        "/cerita/curhat $",
        "maafin/maafkan/maaf I ~3 ini [yang] terakhir",
        "kalian/mereka/kamu/kau NOT [bakal/akan/bakalan] liat/lihat/ketemu/nemuin/menemukan"
        "/denger/dengar/jumpa I LAGI [FOREVER] [PART] $",
        "surat perpisahan/terakhir ~2 buat/untuk/utk FAMILY",
        "TIME [pagi] mereka/kalian [bakal/akan] nemuin/menemukan/nemu [I] $",
        "ini hari/malam/malem/minggu/bulan terakhir ku $",
        # "terakhir aku" ends the message: "ini hari terakhir aku, besok pindah" is a job
        "ini hari/malam/malem/minggu/bulan terakhir ME $$",
        "hari/malam/malem/minggu terakhir [ku] I [masih] LIFE/bernapas",
        "NOT [akan/bakal] sempat/sampai/nyampe ~2 liat/lihat/ngerayain/merayakan/ketemu"
        " tahun_baru/lebaran/natal/ulang_tahun",
        "last message/goodbye",
        # leaving a letter for one's family: "udah nyiapin surat buat ibu"
        "PREPARE/nulis/menulis/tulis/nulisin/bikin/bikinin/ninggalin/tinggalin/ninggalkan/rekam"
        "/ngerekam ~2 LETTER !LETTER_QUAL ~2 buat/untuk/utk/ke FAMILY !kos/kost/rt/dosen/guru",
        # giving things away because nothing is needed any more
        "GIVE ~6 NOT butuh/perlu apa/apapun/apa_pun [LAGI]",
        # "ini chat terakhir dari aku", "semoga ini ulang tahun terakhirku"
        "chat/obrolan/sms/wa/kabar/postingan/status terakhir [ku] dari ME",
        "ini [ADV] chat/obrolan/percakapan terakhir kita [PART] $",
        "ini [ADV] chat/obrolan/percakapan terakhir ku/ME $$",
        # the last time one is here at all: "malem ini terakhir kalinya aku ada di sini"
        "terakhir kali/kalinya ME ada/bernapas/bernafas/napas/nafas/LIFE [di_sini/disini"
        "/di_dunia] [ini] $$",
        # the dead "at peace over there": "kalau aku udah tenang di sana, jangan nangis"
        # ("kalau aku udah tenang, jangan nyariin dulu" is calming down: "tenang" needs
        # "di sana")
        "IF I [ALREADY] [ADV] tenang/damai di_sana/disana/di_atas_sana [nanti/TIME] [,] jangan"
        " [ADV] sedih/nangis/nangisin/nyesel/nyari/nyariin/cariin",
        "IF I [ALREADY] [ADV] tiada/DIE/NONE [nanti/TIME] [,] jangan [ADV] sedih/nangis/nangisin"
        "/nyesel",
        "semoga/moga/mudah_mudahan/berharap ~3 LIFE_EVENT [ku] [yang] terakhir [ku] [PART] $",
        "ini [ADV] LIFE_EVENT [ku] [yang] terakhir [ku] [PART] $",
        "tidur/napas/nafas [ku] untuk/buat terakhir kali/kalinya [PART] $",
        "IF kalian/kamu/kau/you/lo/lu/elo ~2 baca/membaca/read/nemu/nemuin/menemukan ini/this"
        "/pesan/surat/tulisan ~6 ME [ALREADY] NOT ADA/di_sini/disini/pergi/DIE/tiada/gone",
        "by the time you read this",
        # "kalian gak perlu nyariin aku"
        "NOT [perlu/usah] nyariin/nyari/cari/cariin/dicari/dicariin ME [LAGI] [PART] $",
    ],
    # "keluargaku lebih baik tanpa aku", "minggu depan aku udah gak ada", "pengen tidur
    # dan gak bangun lagi", "andai aku gak pernah lahir", "buat apa aku hidup"
    "indirect": [
        # others would be better off
        "lebih/bakal_lebih/pasti_lebih/jauh_lebih baik/bahagia/tenang/ringan/lega/senang"
        "/damai/mudah/gampang/enak ~3 tanpa [anak/orang/beban/manusia/sampah/kehadiran"
        "/keberadaan] [kayak/seperti] I",
        "baik aja/baik_saja ~2 tanpa I",
        "tanpa I ~2 lebih/pasti_lebih/bakal_lebih baik/bahagia/tenang/ringan/lega/senang/damai",
        "lebih/bakal_lebih/pasti_lebih baik/bahagia/tenang/ringan/lega/senang/damai/enak ~3"
        " IF I [ALREADY] NOT ADA/di_sini/disini",
        "lebih/bakal_lebih/pasti_lebih baik/bahagia/tenang/ringan/lega/senang/damai/enak ~3"
        " IF I [ALREADY] pergi/DIE/hilang/ilang/ngilang/tiada/lenyap",
        "IF [TIME] I [ALREADY] DIE/pergi/tiada/gak_ada/tidak_ada/ga_ada/nggak_ada ~3"
        " lebih_baik/lebih_bahagia/lebih_tenang/lebih_ringan/lebih_lega/lega/selesai/beres",
        "semua/semuanya [masalah] ~2 selesai/beres/lega IF I DIE/pergi/tiada/gak_ada/tidak_ada",
        "semua/semuanya/kalian/mereka/FAMILY/dunia [ADV] bakal/akan/pasti/bakalan [ADV]"
        " baik/baik_aja/baik_saja/aman/tenang/bahagia/damai/lega [SAJA] ~2 IF I [ALREADY]"
        " NOT ADA/DIE/pergi/tiada/DISAPPEAR !di/ke/kabar/waktu/duit/uang/sinyal",
        "NOT [akan/bakal] ADA [yang/orang_yang] [akan/bakal/bakalan] kehilangan/nyariin/nyari"
        "/peduli/sedih/nangis/ingat/inget/kangen/nyadar/sadar ~3 IF I ~1 pergi/DIE/hilang"
        "/ilang/ngilang/tiada",
        "IF I [ALREADY] DIE/pergi/hilang/ilang/ngilang/tiada/NONE ~3 NOT [akan/bakal] ADA [yang]"
        " [akan/bakal] peduli/nyariin/nyari/sedih/kehilangan/nangis/ingat/inget/sadar",
        "NOT ADA [yang] [ADV] butuh/perlu/membutuhkan I [LAGI] [di_dunia_ini] [PART] $",
        "better off without me",
        "without me ~2 better",
        "happier/better if I was/were gone/dead",
        "nobody/no_one would miss/notice me",
        "nobody/no_one would care/notice if I",
        "glad/happy/relieved/better if I was/were/died gone/dead",
        "NOT [akan/bakal/bakalan] [ADA] [yang] sadar/nyadar/peduli/kehilangan/nyariin/nyari ~2"
        " IF I [ALREADY] DIE/pergi/hilang/ilang/ngilang/tiada/NONE",
        "NOT ADA [yang] bikin/buat/membuat I [ADV] WANT/semangat [ADV] LIFE",
        # "udah ga ada yang bisa bikin aku bertahan" (not "… bertahan di kantor ini")
        "NOT ADA [LAGI] [yang] [bisa] bikin/buat/membuat I [ADV] bertahan [LAGI] [PART] $",
        # "mungkin lebih baik aku ga usah bangun besok" (not "… bangun pagi")
        "BETTER I NOT [usah/perlu] bangun [LAGI] [besok] [LAGI] [PART] $",
        "NOT ADA tempat [buat/untuk/bagi] I [di] dunia",
        "I [ADV] NOT seharusnya/harusnya/semestinya/pantas/pantes ADA/lahir/LIFE [PART] $",
        "not being here/around/alive [anymore]",
        "disappear ~3 never come back",
        "cant/cannot keep living/going",
        "wont/will_not be a problem/burden ~3 longer/anymore",
        "life [is] not/isnt worth living",
        "asleep forever",
        # "biar gak ada yang perlu nanggung aku lagi", "hidup tenang tanpa mikirin aku"
        "NOT ADA [lagi] yang [perlu/harus/usah] nanggung/nanggungin/ngurus/ngurusin/biayain"
        "/nafkahin/mikirin/khawatirin ME",
        "tanpa [harus/perlu] mikirin/ngurusin/nanggung/nanggungin/biayain/khawatirin ME",
        "NOT [bakal/akan] rugi ~2 kehilangan ME",
        "lupa [kalau/bahwa] ME [pernah] ADA/lahir/LIFE",
        # leaving and never coming back; a place with no more pain
        "LEAVE/DISAPPEAR/tenggelam %4 NOT [usah/perlu/bisa/akan/bakal/pernah] RETURN [LAGI]",
        "pergi ~2 tempat ~2 NOT ADA [LAGI] [rasa] sakit/penderitaan/derita/luka/air_mata/tangisan",
        "waktunya/saatnya [ME] pergi/pamit [PART] $",
        "my time to go/leave",
        # "pengen lenyap aja kayak asap", "hilang dari peredaran selamanya"
        "WANT [ADV] [ADV] DISAPPEAR [SAJA] kayak/kaya/seperti/bagai/bak/like asap/debu/angin"
        "/embun/bayangan/buih",
        "WANT [ADV] [ADV] DISAPPEAR %3 FOREVER",
        "NOT [WANT/perlu/usah/harus] [ADV] ngadepin/menghadapi/ketemu/nyambut/menyambut"
        " pagi/besok/hari_esok LAGI",
        "IF ME [ALREADY] [ADV] berhenti/pergi/NONE/DIE/hilang/ilang/ngilang [SAJA] ~2 NOT ADA"
        " yang rugi/sedih/kehilangan/peduli/nyariin",
        "TIME kalian/mereka/FAMILY [bakal/akan/pasti] [ADV] lebih ringan/tenang/lega/bahagia/baik",
        "NOT WANT [ADV] liat/lihat/ngeliat/ngelihat/melihat/ketemu/nyambut/menyambut/ngerasain"
        "/merasakan/ngalamin"
        " matahari/hari_esok/pagi/besok",
        "NOT [liat/lihat/nemu/nemuin/punya/ADA/see] [LAGI] alasan/alesan/reason ~2 buat/untuk"
        "/to stay [PART] $",
        "IF ME [ALREADY] NOT ADA/pergi/DIE !di/kabar/waktu ~4 NOT perlu/usah/harus/bakal",
        # not being here soon
        "TIME ~2 I [mungkin] ALREADY NOT ADA/di_sini/disini [LAGI] [di_dunia_ini] $",
        "TIME ~2 I [mungkin] [ALREADY] NOT ADA/di_sini/disini LAGI [di_dunia_ini] $",
        "I [ALREADY] NOT [akan/bakal/bakalan] ADA/di_sini/disini [di_sini/disini] LAGI ~1 TIME",
        "I [mungkin] [ALREADY] NOT ADA [LAGI] di dunia [ini]",
        "sebentar_lagi/bentar_lagi/gak_lama_lagi/ga_lama_lagi/tak_lama_lagi ~1 I [ADV] [ALREADY]"
        " NOT ADA [LAGI] $",
        "I ALREADY NOT di dunia [ini]",
        "pergi/berpulang [ADV] dari/dr/ti dunia/bumi/dunya !WORLD_QUAL",
        "IF I DIE/pergi/NONE/tiada ~3 siapa [yang] [akan/bakal] peduli/sedih/nyariin/kehilangan"
        "/nangis",
        "siapa [yang] [akan/bakal] peduli/sedih/nyariin/kehilangan ~2 IF I DIE/pergi/NONE/tiada",
        "LIFE [ini] NOT layak/pantas/pantes/worth dijalani/dijalanin/dijalankan/diteruskan"
        "/dilanjutkan/dihidupi/dilanjutin",
        "BETTER [I] NOT usah/perlu LIFE [PART] $",
        "tired/sick of existing/being_alive/living/life",
        "I wont/will_not be here/around",
        "NOT [akan/bakal] ngerepotin/nyusahin/menyusahkan/merepotkan/membebani ~1"
        " [siapa/siapapun/siapa_pun/kalian/kamu/semua_orang] LAGI",
        "NOT [akan/bakal] ganggu/gangguin/mengganggu/ngganggu/ngerepotin/nyusahin"
        " siapa/siapapun/siapa_pun/kalian/kamu/semua_orang/FAMILY LAGI",
        "lebih/pasti_lebih lega/tenang/ringan/bahagia ~2 IF NOT [harus/usah/perlu]"
        " ngurusin/ngurus/mikirin/nanggung/biayain I",
        "NOT ADA yang akan/bakal/bakalan kangen/kehilangan/nyariin/nangisin/ingat/inget/nangis I",
        "IF I [ALREADY] pergi/DIE/NONE/tiada ~3 dunia [tetap/tetep/juga] [ADV] jalan/berputar",
        # sleeping and never waking
        "tidur/turu/sare/bobo/merem/terlelap ~4 NOT/tanpa/teu [usah/perlu/mau/pengen/ingin/pernah]"
        " bangun/melek/tangi/hudang [LAGI] [FOREVER] $",
        "tidur/turu/sare/bobo/merem/terlelap ~4 NOT/tanpa/teu [usah/perlu/mau/pengen/ingin/pernah]"
        " bangun/melek/tangi/hudang LAGI/FOREVER",
        # "tidur panjang yang ga pake bangun"
        "tidur/turu/bobo/istirahat ~4 NOT/tanpa pake/pakai bangun/melek",
        "semoga/moga/berharap ~2 I NOT bangun [LAGI] [TIME] $",
        "berharap/semoga/moga [I] NOT [pernah/usah] bangun [LAGI] [TIME] [PART] $",
        "TIME ~2 I [ALREADY] NOT [bakal/akan/bakalan] bangun [LAGI] [PART] $",
        "NOT WANT [ADV] bangun [LAGI] [TIME] [PART] $",
        "IF [TIME] [pagi] I NOT bangun [LAGI] !pagi/siang/jam/tepat/kesiangan/subuh/telat",
        "NOT usah/perlu bangun [LAGI] [FOREVER] $",
        "NOT usah/perlu bangun LAGI",
        "tidur/istirahat/merem/terlelap FOREVER/abadi/yang_abadi !dari",
        "sleep forever/and_never",
        "tidur ~6 FOREVER",
        "tidur panjang ~3 NOT ADA ujung/ujungnya/akhir/akhirnya",
        # "pengen tidur panjang aja": the long sleep, wanted and left there (not "… tidur
        # panjang weekend ini", "… sampe siang")
        "WANT [ADV] [yang] tidur/istirahat [yang] panjang [SAJA] [biar/supaya/agar]"
        " [tenang/damai/lega/selesai] [PART] $",
        "tidur/istirahat [yang] panjang [SAJA] [ADV] dari LIFE/dunia",
        "sleep ~3 never/not wake",
        "never wake up [LAGI] [PART] $",
        "not/dont/never [want_to/wanna/wana] wake up LAGI/tomorrow",
        "rather not exist/be_alive/live/be_here [PART] $",
        "wish ~3 not wake up",
        # never born
        "WISH ~2 I ~1 NOT [pernah] lahir/dilahirkan/dilahirin/terlahir",
        "WISH ~2 I ~1 NOT [pernah/usah/perlu] ADA [SAJA] [LAGI] [PART] $",
        # "mending ga usah ada aja": the whole message, the self left unsaid
        "^ [ADV] mending/mendingan/lebih_baik NOT [pernah] usah/perlu ADA [SAJA] [LAGI] [PART] $$",
        "WISH ~2 I ~1 NOT [pernah/usah/perlu] ADA [SAJA] [LAGI] di dunia",
        "WISH ~2 I ~1 NOT [pernah/usah/perlu] ADA [SAJA] daripada/drpd/than",
        "BETTER IF I [ALREADY] NOT ADA [LAGI] [PART] $",
        "BETTER IF NOT [pernah] ADA ME [PART] $",
        "BETTER [ME] [ADV] DISAPPEAR/tiada [SAJA] [PART] $",
        # Not being there, with what it would spare others: "mending gue gak usah ada aja
        # biar ga nyusahin", "mending aku ilang aja biar ga jadi beban keluarga".
        "WISH ~2 I ~1 NOT [pernah/usah/perlu] ADA [SAJA] [LAGI] [PART] biar/supaya/agar/biarin",
        "^ [ADV] mending/mendingan/lebih_baik NOT [pernah] usah/perlu ADA [SAJA] [LAGI] [PART]"
        " biar/supaya/agar",
        "BETTER [ME] [ADV] DISAPPEAR/tiada [SAJA] [PART] biar/supaya/agar",
        "nyesel/menyesal/nyesal [ADV] [I] [ALREADY] [di] lahir/dilahirkan/dilahirin/terlahir",
        "kenapa [sih] [I] [harus] [di] lahir/dilahirkan/dilahirin/terlahir [ke_dunia] [ini]"
        " [PART] $",
        "NOT [pernah] minta [untuk] [di] lahir/dilahirkan/dilahirin",
        "wish I [was/were/had/d] never [been] born",
        # no reason left
        "NOT [ADA/punya/memiliki] [LAGI] alasan/alesan/tujuan/semangat/tenaga/energi/gunanya"
        "/keinginan/kemauan/hasrat [LAGI] ~2 buat/untuk/utk ~2 LIFE",
        "NOT lanjut/melanjutkan/meneruskan/nerusin/ngelanjutin LIFE !QUAL",
        "NOT [ADA/punya/memiliki] [LAGI] alasan/alesan/tujuan ~2 buat/untuk/utk [tetap/terus]"
        " bertahan $",
        "NOT [ADA/punya/memiliki] [LAGI] alasan/alesan ~2 buat/untuk/utk [tetap/terus] bangun"
        " [tiap/setiap] [pagi/hari]",
        "NOT [ADA/punya/memiliki] [LAGI] semangat/gairah/harapan LIFE",
        "buat_apa/untuk_apa/ngapain/apa_gunanya/apa_artinya/gunanya_apa/apa_gunane/kanggo_apa"
        " [PART] [I] [ALREADY] [masih] [terus] LIFE !QUAL",
        "buat_apa/untuk_apa/ngapain/apa_gunanya/apa_artinya [I] [masih] bertahan/bernapas"
        "/bernafas [LAGI] $",
        "buat_apa/untuk_apa/ngapain/apa_gunanya/apa_artinya [juga] [ME] [masih] bertahan/bernapas"
        "/bernafas/napas/nafas [LAGI] [sampai/sampe] [besok/lama/lebih_lama] [PART] $",
        "NOT ADA gunanya/artinya ME [masih] napas/nafas/bernapas/bernafas",
        # "buat apa juga aku masih di sini": still here at all (not "ngapain aku masih di
        # sini", said of a place or a chat)
        "buat_apa/untuk_apa [juga] [ME] masih ada/di_sini/disini [di_dunia_ini] [LAGI] [PART] $",
        "berhenti/stop berjuang/bertahan [buat/untuk/utk] LIFE !QUAL",
        "ENDV [ADV] [SAJA] perjalanan/cerita/kisah/lembaran/babak [LIFE] [ku] ini [PART] $",
        # (not "menutup lembaran hidup lama" or "buku hidup kuliah": a phase of life closed)
        "nutup/menutup/tutup/ENDV [ADV] [SAJA] buku/perjalanan/cerita/kisah/lembaran/babak LIFE"
        " ku/ini !lama/yang_lama/lalu/sebelumnya/kelam/masa/QUAL",
        "buku/cerita/kisah/perjalanan LIFE [ku] ~4 halaman/bab/lembar/lembaran/babak/episode"
        " terakhir",
        # praying for no tomorrow: "tiap malem berdoa biar gak dikasih besok"
        # (not "semoga rapatnya gak sampe pagi": only oneself, given or seeing a tomorrow)
        "berdoa/doa/doain/semoga/moga/berharap [biar/supaya/agar/semoga/moga] [ME] NOT"
        " [usah/perlu/bakal/akan/harus] dikasih/diberi/dikasi/ngeliat/liat/lihat/melihat"
        " besok/pagi/hari_esok/matahari [LAGI] [PART] $",
        "NOT usah/perlu [ADA] hari_esok/besok buat/untuk/bagi ME",
        # the story of one's life ending here: "kisah hidupku tamat di sini"
        "buku/cerita/kisah/perjalanan LIFE [ku] [ADV] [ALREADY] [ADV] tamat/selesai/berakhir"
        "/habis/kelar [di_sini/disini/sampai_sini/sampe_sini] [PART] $",
        "percuma [I] [ALREADY] [masih] LIFE !QUAL",
        "buat_apa/untuk_apa/ngapain/apa_gunanya/percuma [I] [ALREADY] [masih] LIFE di dunia",
        "NOT [ADA] guna/gunanya/artinya/maknanya/gunane/artine [LAGI] [I] [ALREADY] [masih]"
        " LIFE/bertahan/bernapas !QUAL",
        "NOT [ADA] gunanya/artinya/maknanya/gunane/artine [LAGI] [I] [ALREADY] [masih] LIFE"
        " di dunia",
        "LIFE [I] [ini] [ALREADY] [ADV] NOT [ADA] [LAGI] guna/arti/makna/gunanya/artinya"
        "/maknanya/berarti/berguna/gunane/artine/worth/worth_it/berharga",
        "NOT worth/worth_it/berharga [LAGI] LIFE [I] [ini]",
        "LIFE [I] [ini] [teh] euweuh/NONE hartina/gunana/artina/gunanya/artinya",
        "LIFE [ini] [ALREADY] NOT/bukan [LAGI] buat/untuk/utk I",
        "dunia NOT butuh/perlu/membutuhkan I",
        "NOT pantas/pantes/layak/berhak LIFE/ADA/di_dunia",
        "no reason [left] to live",
        "no reason [left] to keep/go/continue going/living/on",
        "nothing to live for",
        "point of/in living/life/going_on",
        "point of/in [even] waking/getting up",
        "about/of not waking/being_alive/existing/living",
        "NOT WANT [ADV] [to] wake up LAGI/tomorrow/besok [PART]",
        "life [is] [ADV] pointless/meaningless [PART] $",
        # disappearing, not existing
        "WANT [ADV] [ADV] DISAPPEAR [ADV] FOREVER",
        "WANT [ADV] [ADV] DISAPPEAR [ADV] dari/dr/ti/seko/soko/saka dunia/dunya/donya/donyo/bumi"
        "/muka_bumi !WORLD_QUAL",
        "WANT [ADV] DISAPPEAR [SAJA] tanpa jejak/bekas [PART] $",
        # from everything and everyone, not for a while ("pengen ilang aja dari semuanya";
        # "pengen ngilang sebentar dari semuanya" is the gentle tier)
        "WANT [ADV] [ADV] DISAPPEAR [SAJA] [ADV] dari/dr/ti/seko/soko semua/semuanya/segalanya"
        "/semua_orang/semua_ini/kalian/FAMILY"
        " !sebentar/bentar/sejenak/dulu/seminggu/sehari/yang/orang",
        # "mending aku ngilang aja dari semuanya": better gone, from everyone
        "BETTER [I] [ADV] DISAPPEAR [SAJA] [ADV] dari/dr/ti semua/semuanya/segalanya"
        "/semua_orang/semua_ini/kalian/FAMILY"
        " !sebentar/bentar/sejenak/dulu/seminggu/sehari/yang/orang",
        "NOT ADA gunanya/artinya [ME] [masih] bertahan ~1 lama/lebih_lama/LAGI",
        "NOT yakin ~2 ME [masih] ADA/hidup/bernapas sampai/sampe besok/TIME",
        # soon no longer a problem to anyone: "sebentar lagi aku gak bakal jadi masalah"
        "TIME ~2 ME NOT [akan/bakal/bakalan] [jadi/menjadi] beban/masalah/benalu [buat/untuk"
        "/bagi] [siapa/siapapun/siapa_pun/kalian/FAMILY] [LAGI] $$",
        # one's absence would change nothing: "kalo aku ga ada juga ga ngaruh apa-apa"
        "IF ME [ALREADY] NOT ADA !di/ke/kabar/waktu/duit/uang ~2 NOT ngaruh/berpengaruh/beda"
        "/rugi/kerasa ~1 apa/apa_apa/buat/bagi/untuk/siapa/siapapun/dunia/kalian/FAMILY",
        "IF ME [ALREADY] NOT ADA !di/ke/kabar/waktu/duit/uang/sinyal ~2 NOT ADA"
        " bedanya/pengaruhnya/ruginya/bedane [PART] $",
        "NOT [bakal/akan/bakalan] [jadi/menjadi] beban LAGI ~2 habis/setelah/sesudah malam_ini"
        "/hari_ini/TIME",
        "tali/sabuk/kabel/selendang ~4 [cukup] kuat/panjang ~1 buat/untuk/nahan ME/badan/berat",
        "cukup/cukupan ~2 buat/untuk/biar NOT bangun",
        "di/dari [atas] DROP/HIGH ~8 WANT [ADV] turun/jatuh/nyemplung ke bawah",
        "WANT [ADV] [ADV] DISAPPEAR [PART] $",
        "WANT [ADV] DISAPPEAR/pergi ~2 NOT balik/kembali/pulang [LAGI] [FOREVER] $",
        "DISAPPEAR [SAJA] [ADV] dari/dr/ti [muka] dunia/bumi/dunya !WORLD_QUAL",
        "I [ALREADY] [ADV] DISAPPEAR [ADV] FOREVER",
        "^ [ADV] ngilang/menghilang/lenyap/leungit [SAJA] FOREVER",
        "NOT WANT/ingin [ADV] ADA [LAGI] di dunia",
        "NOT WANT/ingin [ADV] ADA LAGI [PART] $",
        "WANT [ADV] NOT ADA [PART] $",
        "WANT [ADV] NOT ADA [LAGI] di dunia",
        "WANT [ADV] berhenti ADA",
        "WANT [ADV] pergi [ADV] dari/dr/ti dunia/bumi/dunya",
        "gimana/bagaimana rasanya NOT ADA [LAGI] [di_dunia_ini] [PART] $",
        "WANT semua/semuanya berhenti/selesai/berakhir ~1 FOREVER",
        "not/dont [ADV] want/wanna [to] exist/be_alive/be_here/be_around [anymore]",
        "want/wanna [to] not/never exist/be_alive/be_here/be_around/wake_up",
        "dont want to live",
        "stop existing",
    ],
    # "aku cuma jadi beban buat keluargaku", "mung dadi beban wong tuo"
    "burden": [
        "TIRED/muak/males [ADV] [ADV] jadi/menjadi beban/benalu/parasit",
        "I [ini/iki/teh/tuh/itu/emang/memang/mmg/cuma/cuman/hanya/cm/ngan/ukur/mung/benar"
        "/bener/beneran/merasa/ngerasa/rasa] [ONLY/ukur/emang/memang] [ONLY/ukur] [BE]"
        " beban/benalu/parasit !WORKLOAD",
        "ngerasa/merasa/ngerasain [ONLY] [BE] beban/benalu !WORKLOAD",
        "bebannya/bebane [ADV] [itu/ya/tuh/adalah] I",
        "beban kayak/seperti/macam I",
        "ONLY [bisa] nyusahin/ngerepotin/menyusahkan/merepotkan/bikin_susah/ngebebanin"
        "/membebani/nambah_beban/nambahin_beban/nyusahke/ngerepoti",
        "I [am] [ONLY] [a] burden",
        "burden to/for/on everyone/my",
    ],
    # "nyerah sama hidup", "capek hidup", "udah gak kuat lagi", "gak mau hidup lagi"
    "give_up_life": [
        "nyerah/menyerah/give_up [ADV] sama/pada/dengan/ama/on/karo LIFE !QUAL",
        # "aku nyerah aja lah sama hidup", "udah pengen udahan aja sama hidup"
        "nyerah/menyerah/udahan/sudahan/udahin/sudahin [ADV] [PART] sama/pada/dengan/ama/karo"
        " LIFE !QUAL",
        "nyerah/menyerah [ADV] LIFE [PART] $",
        # "capek jadi orang", "capek bernapas"
        "TIRED [ADV] [ADV] jadi/menjadi orang/manusia/ME/diri/being_me [sendiri] [PART] $",
        "TIRED [ADV] [ADV] bernapas/bernafas/napas/nafas/existing",
        "TIRED [ADV] [ADV] [sama/dengan/ama/menjalani/ngejalanin/jalanin/jalani/ngelakoni"
        "/karo/of/with] LIFE [ini] [PART] $",
        "TIRED [ADV] [ADV] [sama/dengan/ama/menjalani/ngejalanin/jalanin/jalani/ngelakoni"
        "/karo/of/with] LIFE [ini] LIKE_THIS/terus/yang/LAGI/di_dunia/teh/iki",
        "TIRED [ADV] [ADV] jadi/menjadi manusia",
        "NOT BEAR [LAGI] [ADV] [untuk/buat] [menjalani/ngejalanin/jalanin/jalani/ngadepin"
        "/ngelakoni/nerusin] LIFE",
        "NOT BEAR [LAGI] sama/dengan/ama LIFE",
        # "udh gak kuat bgt sama semua ini": everything, as a whole, is what cannot be borne
        "NOT BEAR [LAGI] [ADV] sama/dengan/ama semua/semuanya/segalanya [ini] [PART] $",
        "ALREADY [ADV] NOT [ADV] BEAR [LAGI] [PART] $",
        "NOT BEAR LAGI [PART] $",
        # "gw gabisa lagi, gakuat": two ways of saying one cannot go on
        "NOT bisa/BEAR/sanggup LAGI [PART] [,] [ME] [ALREADY] NOT BEAR [LAGI] [PART] $",
        "NOT WANT [ADV] LIFE LIKE_THIS [LIKE_THIS] [LAGI] [PART] [,] [ME] [ALREADY] NOT BEAR [LAGI]"
        " [PART] $",
        # "udah ga sanggup lagi jalanin semua ini"
        "ALREADY [ADV] NOT [ADV] BEAR [LAGI] [ADV] jalanin/ngejalanin/menjalani/jalani/ngadepin"
        "/menghadapi/nerusin/ngelakuin semua/semuanya/segalanya/semua_ini [PART] $",
        "NOT WANT [ADV] [lanjut/melanjutkan/nerusin/meneruskan/ngelanjutin] LIFE LAGI !LIKE_THIS",
        "NOT WANT [ADV] [lanjut/melanjutkan/nerusin/meneruskan/ngelanjutin] LIFE [ini] [PART] $",
        "NOT WANT [ADV] [lanjut/melanjutkan/nerusin/meneruskan/ngelanjutin] LIFE di dunia",
        "ogah/emoh/embung/males/wegah [ADV] [lanjut] LIFE [LAGI] [PART] $",
        "ogah/emoh/embung/males/wegah [ADV] [lanjut] LIFE LAGI",
        "done with life/living",
        "done with ~3 life/living [PART] $",
        # nothing left to fight for, wait for or hope for in life
        "NOT ADA [LAGI] yang [perlu/bisa/harus/mau] [ME] perjuangin/perjuangkan/diperjuangkan"
        "/pertahanin/dipertahankan/tunggu/ditunggu/harapin/diharapkan/kejar/dikejar ~3 LIFE/dunia"
        " !QUAL/WORLD_QUAL",
        "done with everything [PART] $",
        "give up on life/living",
        "cant/can_not/cannot go on [PART] $",
    ],
}

# --- the gentle tier: distress without risk ------------------------------------------
DISTRESS: dict[str, list[str]] = {
    # "gak ada harapan", "putus asa", "masa depanku gelap"
    "hopeless": [
        "NOT ADA [LAGI] harapan/semangat/gairah",
        "putus asa",
        "hopeless/pesimis/pesimistis",
        "NOT tau/tahu/ngerti/ngerti/paham [LAGI] [harus/kudu/mesti] gimana/bagaimana/ngapain"
        "/piye/kumaha [LAGI]",
        "NOT ADA [LAGI] jalan keluar",
        "masa depan [I] [ADV] gelap/suram/hancur",
        "sia/percuma semua/semuanya",
        "semua/semuanya [ADV] sia/percuma",
        "semua/semuanya usaha/perjuangan/effort/kerja_keras/doa [ku] [ADV] [jadi] sia/percuma",
        # "kayaknya aku gak akan pernah dapet kerja"
        "NOT akan/bakal/bakalan [pernah] dapet/dapat/diterima/keterima/lolos/berhasil",
        "NOT ADA [LAGI] gunanya/artinya",
        "pasrah/nyerah [ADV] ra/gak/ga ngerti",
        "semangat [I] [ADV] hilang/habis/lenyap/padam",
        "kehilangan arah/semangat/harapan/tujuan",
        "dibawa kemana/ke_mana LIFE",
        "LIFE [ku] [mau/harus] [di] dibawa kemana/ke_mana",
        "masa depan [I] [ALREADY] [ADV] NOT ADA/suram/gelap",
        "merasa/ngerasa [ADV] terjebak/buntu",
    ],
    # "hancur banget", "mati rasa", "rasanya hampa", "ambyar"
    "broken": [
        "hancur/ancur/ajur [ADV] banget/bgt/sekali/berantakan/lebur/pisan/parah",
        "hati/hate/ati/hidup/perasaan [I] [ADV] hancur/ancur/ajur/remuk/patah/hampa/berantakan"
        "/kacau",
        "mati rasa",
        "hampa/remuk/ambyar/terpuruk/ajur",
        "rasanya/rasane/merasa/ngerasa/hati/ati/jiwa/perasaan/dunia/hidup/kayak [I] [ADV]"
        " kosong/runtuh/rapuh [ADV]",
        "kosong/rapuh banget/bgt/sekali/pisan",
        "merasa/ngerasa/rasanya/rasane [ADV] hancur/ancur/ajur/remuk/terpuruk",
        "hidup segan mati tak/gak mau",
        "LIFE [ini] [teh] [ADV] [terasa/asa/rasanya] berat/beurat/abot",
        "feel/feeling/so/im [so] empty/numb/hollow/broken",
        "pikiran [I] [ADV] kacau/berantakan/ruwet/mumet/buntu",
        "rasanya/kayak/seperti [kayak/seperti] tenggelam",
        "hati [I] [ADV] sakit [ADV] banget/bgt/sekali/parah",
        "hancur/ancur pelan/perlahan",
        "ME [ADV] [ADV] hancur/ancur/ajur/remuk/terpuruk/rapuh",
    ],
    # "capek banget sama semua ini", "lelah mental", "burnout"
    "exhausted": [
        "TIRED [ADV] [ADV] sama/dengan/ama/ngejalanin/menjalani/jalanin semua/semuanya"
        "/segalanya/keadaan",
        "TIRED [ADV] mental/batin/hati/jiwa",
        "lelah/capek/letih [ADV] [ADV] secara mental",
        "burnout/burn_out",
        "NOT [ADV] sanggup [PART] $",
        "NOT sanggup/BEAR [LAGI] ngadepin/menghadapi/ngejalanin/ngelakuin/mikirin",
        "cant do this anymore",
        "tired of everything",
        "TIRED nangis",
        "TIRED [ADV] [ADV] jadi/menjadi",
        "TIRED [ADV] pura/pura_pura/berpura ~2 kuat/baik/bahagia/seneng/senang/gapapa/tegar",
        "TIRED [ADV] [ADV] nahan/menahan/nanggung/menanggung ~2 semua/semuanya/sendirian/sendiri",
        "NOT sanggup ~2 LAGI",
    ],
    # "pengen nyerah cari kerja", "udah nyerah" (the search, not life)
    "give_up_search": [
        "WANT/ALREADY/rasanya/mending [ADV] [ADV] nyerah/menyerah/give_up",
        "nyerah/menyerah [ADV] aja/saja/ae/wae/deh",
        "I [ALREADY] nyerah/menyerah [PART] $",
        "berhenti berjuang",
        # "rasanya pengen udahan aja", "udahan aja kali ya aku": ending, said of oneself
        # without an object; it may be the job search, so the gentle tier asks.
        "WANT/rasanya/kayaknya [ADV] [ADV] udahan/sudahan",
        "udahan/sudahan aja/saja/ae/wae [PART] [PART] [I] [PART] $",
        "I [ADV] [ADV] udahan/sudahan [ADV] [PART] $",
    ],
    # "kayaknya aku depresi", "stres berat", "gak bisa tidur", "nangis terus"
    "depressed": [
        "depresi/depresif/depressed/depression",
        "stres/stress/setres [ADV] berat/banget/bgt/parah/sekali",
        "down [ADV] banget/bgt/parah/sekali",
        "NOT bisa tidur",
        "nangis/menangis/mewek [ADV] terus/mulu/tiap",
        "WANT [ADV] nangis/menangis/mewek/teriak",
        "NOT [bisa] berhenti nangis/menangis",
        "cant stop crying",
        "frustrasi/frustasi/frustated/frustrated",
        "serangan panik/panic_attack",
        "overthinking/overthink",
        "kepikiran/mikir/mikirin/berpikir/pikiran ~1 yang aneh/enggak/nggak/ngga/engga/gak"
        "/macem/macam/bukan",
        "dada [I] [ADV] sesak",
        "NOT nafsu/napsu makan",
        "tertekan/anxiety",
        "cemas/gelisah/panik [ADV] terus/banget/bgt/parah/sekali/mulu",
        "benci/muak [sama/dengan] LIFE",
        "sedih [ADV] terus/mulu/melulu",
        "cuma/hanya bisa nangis/menangis",
        "hate my life",
        "NOT [ADV] semangat ngapa/ngapain/ngapa_ngapain/apa_apa/apapun/apa_pun/LIFE/LAGI",
    ],
    # "aku ngerasa sendirian banget", "gak ada yang peduli"
    "alone": [
        "sendirian/kesepian/sendiri [ADV] banget/bgt/sekali/terus",
        "ngerasa/merasa [ADV] sendirian/sendiri",
        "kesepian",
        "NOT punya/ADA siapa/siapapun/siapa_pun/teman/temen [buat/untuk] [cerita/curhat]",
        "NOT ADA [yang/orang_yang] ngerti/mengerti/peduli/paham/perduli/sayang/dengerin",
        "NOT ADA [yang/orang_yang] [bisa] [I] [ajak/diajak] ngobrol/cerita/curhat/ngomong/bicara",
        "nobody cares",
        "semua/semuanya [orang] [ALREADY] ninggalin/ninggalkan/meninggalkan/pergi_dari I",
        "NOT kenal [lagi] [sama/dengan] diri/SELF [ku] [sendiri]",
    ],
    # "aku ngerasa gak berharga", "aku benci diriku sendiri"
    "worthless": [
        "NOT berharga/berguna/berarti/guna",
        "NOT ADA [apa] apanya/apa_apanya",
        "benci/muak [sama/dengan/ama/pada] SELF",
        "takut/khawatir [ADV] jadi/menjadi beban",
        "ngecewain/mengecewakan/nyusahin [ADV] orang_tua/ortu/keluarga/semua_orang",
        "gagal [total] sebagai/jadi/menjadi manusia/anak/orang",
        "orang/manusia paling gagal/bodoh/payah/gak_berguna/sial",
        "worthless",
        "ME [ADV] bodoh/bodo/goblok/tolol/bego/payah/pecundang [ADV] banget/bgt/sekali/parah/amat",
        "ME [ini] [emang/memang] [ADV] bodoh/goblok/tolol/bego/payah/pecundang [PART] $",
    ],
    # "pengen lari dari semua ini", "gak mau hidup kayak gini terus"
    "escape": [
        "WANT [ADV] lari/kabur/pergi/ngilang/menghilang/hilang ~3 semua/semuanya/segalanya"
        "/kenyataan/realita",
        # "rasanya pengen berhenti aja dari semuanya"
        "WANT [ADV] [ADV] berhenti [ADV] dari semua/semuanya/segalanya",
        "WANT [ADV] DISAPPEAR/kabur [ADV] sebentar/sejenak/dulu",
        "WANT [ADV] kabur/lari ~2 ke tempat",
        "NOT WANT [ADV] LIFE LIKE_THIS",
    ],
}

# --- the fallback: cues for phrasings no template knows -------------------------------
# A message that matches no crisis template is scored clause by clause. Each cue below
# that occurs in a clause (after the harmless masks) adds its weight once; a clause is
# also scored together with the next one, so "aku cuma pengen semuanya berhenti. aku
# juga." reads as one thought. A score counts only with a cue about death, absence, the
# last time, a farewell act or a dark place and mind (CORE_CUES): FALLBACK_CRISIS or more
# raises CRISIS, FALLBACK_DISTRESS or more the gentle tier. Job, group and moving words,
# someone else's death and a time limit ("sebentar", "seminggu") take points away, so
# "pengen menghilang dari grup WA" or "nenekku meninggal" score nothing.
# Weights first, then the templates of each cue.
CUE_WEIGHTS: dict[str, int] = {
    # what a crisis is about (CORE_CUES)
    "death": 3, "own_death": 4, "absent": 3, "unreachable": 3, "forever": 3, "last": 2,
    "others_without": 3, "sorry_all": 4, "thanks_all": 2, "legacy": 3, "settled": 2,
    "reading_this": 3, "no_reply": 2, "pamit": 2, "one_last": 3, "relay": 3, "no_need": 3,
    "after_me": 3, "danger_place": 3, "dark_mind": 3, "pain_end": 2, "transient": 2,
    "me_too": 3, "leave_all": 3, "overdose": 4, "thanks_life": 3, "goodbye": 3, "means": 3,
    "survive_doubt": 3, "swallowed": 2, "clearing": 3, "if_something": 3, "bequest": 3,
    "no_future": 3, "decided_blank": 3, "forbidden_search": 3, "fall_wonder": 3,
    "relieve_them": 3, "made_peace": 3, "lingering": 2, "waiting": 3, "me_also": 3,
    "next_life": 2, "fading": 3, "said_goodbye": 2, "thanks_company": 3, "thanks_long": 2,
    "farewell_all": 5, "sorry_burden": 3, "greet_own": 2,
    # what gives those weight
    "love": 2, "sorry": 1, "cant_anymore": 2, "cant_bear": 2, "leave": 2, "rest": 1,
    "ending": 1, "world": 2, "all": 1, "self": 1, "self_label": 2, "wish": 2, "intend": 1,
    "plan": 2, "decided": 2, "deliberate": 2, "dark": 1, "sincere": 2, "letter": 2, "life_story": 2,
    "all_over": 2, "no_energy": 2, "tired": 1, "calm_now": 2, "despair": 1,
    # what takes points away
    "job": -3, "social": -3, "moving": -3, "other_dies": -4, "laugh": -3, "bounded": -3,
    "chores": -3, "festive": -3, "carries_on": -3, "replaced": -3, "for_now": -3,
    "good_news": -3,
}  # fmt: skip
CUES: dict[str, list[str]] = {
    # death, the grave, the funeral, the hereafter
    "death": [
        "DIE",
        "tiada/nyawa/ajal/maut/jasad/jenazah/kubur/dikubur/dikuburin/kuburan/makam/pemakaman"
        "/dimakamkan/dimakamin/liang_lahat/nisan/batu_nisan/kafan/kain_kafan/keranda/akhirat"
        "/alam_baka/alam_kubur/alam_sana/surga/berpulang/tutup_usia/atas_sana/sisi_nya"
        "/peristirahatan_terakhir/dunia_lain/bawah_tanah",
    ],
    # my own death or funeral
    "own_death": [
        "kematian/pemakaman/kuburan/makam/nisan/jenazah/kepergian/kafan/peti_mati/funeral/nyawa"
        " ku/ME",
        "my funeral/death/grave",
    ],
    # not being here, not waking, no longer existing
    "absent": [
        "ME [ALREADY] [ADV] NOT [akan/bakal/bakalan] ADA !di/ke/kabar/waktu/duit/uang",
        "ME [ALREADY] [ADV] NOT [akan/bakal/bakalan] [ADA] di_sini/disini/di_dunia",
        "NOT WANT/ingin [ADV] ADA [di_sini/disini/di_dunia] [ini] [LAGI] [PART] $",
        "NOT [akan/bakal/bakalan/pernah] bangun !pagi/siang/jam/kesiangan/subuh/telat/cepat"
        "/cepet/awal",
        "berhenti ADA/bernapas/bernafas/napas/nafas/existing",
        "lenyap/sirna/musnah",
        "NOT perlu/usah/pantas/layak ADA [LAGI] [PART] $",
        "NOT [usah/perlu] makan tempat [LAGI]",
        "sepi/kosong ~1 FOREVER",
        "ME [ALREADY] NOT akan/bakal/bakalan [ADA] di_sana/disana/di_situ/disitu",
        "IF [nanti/TIME] ME [ALREADY] NOT ADA kabar",
    ],
    "unreachable": [
        "NOT [bisa/akan/bakal] [ADV] dijangkau/dihubungi/ditemuin/ditemukan/ditemui/dicari"
        "/dilacak/reachable",
    ],
    "forever": ["FOREVER", "NOT [usah/perlu/bisa/akan/bakal/pernah] RETURN [LAGI]"],
    "last": ["terakhir/terakhirnya/last"],
    # others without me: nobody carries, misses or remembers me
    "others_without": [
        "tanpa ME",
        "paling/lebih berguna/bermanfaat/membantu ~2 IF ME",
        "kehilangan/nyariin/cariin/nyari/kangen/nangisin/inget/ingat/ngelupain/lupa [sama] ME",
        "NOT ADA yang [bakal/akan] inget/ingat/nyari/nyariin/peduli/sadar/nyadar/kangen/nangis"
        "/nangisin/sedih/rugi",
        "ADA yang [bakal/akan] nyadar/sadar/peduli/nyariin/kehilangan/inget/ingat/kangen [PART] ,",
    ],
    # farewell acts: sorry for everything, thanks for all this time, love, things handed on
    "sorry_all": [
        "maaf/maafin/maafkan/ampuni [ME] [ya] [ADV] buat/untuk/atas/for semuanya/segalanya"
        "/semua/everything",
        "maaf/maafin/maafkan ~3 selama_ini",
        "maaf/maafin/maafkan [kalau/atas] [ME] [ADV] banyak salah/dosa",
        "sorry for everything",
        "maaf/maafin/maafkan ~5 NOT bisa/sanggup/mampu/pernah [jadi/menjadi]"
        " anak/kakak/adik/orang/kebanggaan/yang/ngebanggain/membanggakan/banggain/bahagiain"
        "/membahagiakan",
    ],
    "sorry": ["maaf/maafin/maafkan/minta_maaf/sorry"],
    "thanks_all": [
        "THANKS ~5 semuanya/segalanya/semua_orang/everything",
    ],
    # thanks for the company kept, and for all this time: what a goodbye says looking
    # back ("makasih udh nemenin", "makasih udah dengerin aku selama ini")
    "thanks_company": [
        "THANKS ~3 [ALREADY] [mau/selalu] nemenin/menemani/nemani/temenin/dengerin/ndengerin"
        "/mendengarkan/dengerinnya/ada_buat/selalu_ada/jadi_tempat/jadi_temen/jadi_teman",
    ],
    "thanks_long": ["THANKS ~6 selama_ini/sampai_akhir/sampe_akhir"],
    # thanks to everyone who was ever kind: a life looked back on
    "thanks_life": [
        "makasih/terimakasih/thanks/thank_you ~5 yang [ADV] pernah",
        "makasih/terimakasih/thanks/thank_you ~3 [udah/sudah] pernah",
    ],
    "goodbye": [
        "selamat tinggal",
        "^ selamat jalan [PART] $$",
        "goodbye/farewell",
        "dadah/dada/babay/bye/sayonara semuanya/semua/kalian/dunia/everyone",
    ],
    "love": [
        "ME sayang/cinta/love [banget/bgt] FAMILY/kamu/you",
        "sayang/love kalian/you [semua] [PART] $",
    ],
    "legacy": [
        "GIVE ~4 semua/semuanya/barang",
        "barang/baju/pakaian/koleksi/perhiasan ~4 GIVE",
        "tolong/titip/nitip ~3 rawat/ngerawat/merawat/rawatin/jagain/urus/ngurus/urusin/ngurusin",
        "hutang/utang/password/pin/tabungan/asuransi/rekening/atm/sertifikat/warisan/akun ~5 catet"
        "/catat/tulis/simpen/titip/ada_di/kasih_tau/kasih_tahu/kasitau/bilangin",
        "donor/donorin/donorkan/didonorin ~2 organ",
        "giving/gave/give ~2 my stuff/things/belongings ~1 away",
        "giving/gave/give away my stuff/things/belongings",
        "organ [ku] ~2 donor/donorin/didonorin/didonorkan",
        "wasiat",
        "siapa dapet/dapat/kebagian/kebagean apa",
        "ME nitip [ya] [PART] $$",
        "ninggalin/ninggalkan/meninggalkan/tinggalin ~1 pesan/surat/catatan",
        "barang [ku] ~5 buat/untuk/utk siapa",
        "tandain/tandai/labelin/kasih_nama ~3 buat/untuk/utk siapa",
        "kirim/kirimin/transfer ~3 semua ~3 ke FAMILY",
        "asuransi jiwa",
        "tolong kabarin/bilangin/sampein/kasih_tau FAMILY/adik/adek/adikku",
    ],
    # clearing one's traces and debts
    "clearing": [
        "hapus/ngehapus/menghapus/delete/nonaktifin/nonaktifkan/tutup ~2 semua akun/foto/chat"
        "/data/postingan",
        "balikin/kembaliin/ngembaliin/mengembalikan ~3 barang/pinjeman/pinjaman",
        "lunasin/melunasi/bayar/bayarin ~3 utang/hutang ~2 ke/sama",
        "lunasin/melunasi/bayar/bayarin ~2 semua utang/hutang",
    ],
    # everything is in order; only one thing left
    "settled": [
        "semua/semuanya/urusan [ku] [ALREADY] [ADV] beres/rapi/kelar [PART] $",
        "semua/semuanya/urusan [ku] [ALREADY] [ME] beresin/rapiin/atur/urus/siapin/diberesin"
        "/selesain/selesaiin/selesaikan"
        "/diatur/diurus/disiapin [PART] $",
        "ALREADY [ME] beresin/rapiin/selesaiin semua/semuanya [urusan] [PART] $",
        "ALREADY [ME] siapin/nyiapin/menyiapkan/mempersiapkan semua/semuanya [PART] [di]",
        "ALREADY [ME] atur/ngatur/diatur/urus/ngurus/diurus/beresin/rapiin semua/semuanya"
        "/segalanya [PART] $",
        "nyusun/beresin/ngeberesin/rapiin/ngerapiin/packing/ngepak ~1 barang [ku]",
    ],
    "one_last": [
        "tinggal/cuma satu/1 hal/langkah/urusan/hal_lagi [LAGI/terakhir]",
        "satu hal terakhir",
        "one last thing",
    ],
    # a note to be found, no reply wanted, a goodbye with nothing after it
    "reading_this": [
        "IF kalian/kamu/kau/you/lo/lu/elo ~2 baca/membaca/read/nemu/nemuin/menemukan ini/this"
        "/pesan/surat/tulisan",
        "biar/supaya [nanti] dibaca/ditemuin/ditemukan [nanti] [PART] $",
    ],
    "no_reply": [
        "NOT usah/perlu dibales/dibalas/bales/balas",
        "jangan dibales/dibalas",
        "no need to reply",
    ],
    # a goodbye with nothing after it; a polite "terima kasih, saya pamit" alone is not a
    # crisis, so it weighs little unless another warning sign comes with it
    # a goodbye with nothing named after it: "pamit ya", "aku pamit"; not "pamit dulu",
    # "pamit kerja", "pamit pulang duluan"
    "pamit": [
        "ME pamit [PART] $$",
        "^ [ME] [mau/izin/ijin] pamit/pamitan [PART] [bot/kak/min/semuanya/semua/kalian] [PART] $",
    ],
    # the goodbye said to everyone at once ("pamit ya semuanya")
    "farewell_all": [
        "pamit/pamitan/dadah/babay [PART] semuanya/semua/kalian_semua/semua_orang [PART] $",
    ],
    # sorry for having been a bother all this time: "maaf ya kalau selama ini nyusahin"
    "sorry_burden": [
        "maaf/maafin/maafkan ~6 nyusahin/ngerepotin/merepotkan/menyusahkan/ngebebanin/membebani"
        "/bikin_susah/bikin_repot/jadi_beban/beban",
    ],
    # love, sorry or thanks passed on to family by someone else
    "relay": [
        "sampein/sampaikan/sampaiin/bilangin/bilang/titip_salam ke FAMILY ~3 maaf/sayang"
        "/makasih/terimakasih/cinta",
        # love or sorry passed on with no one named to take it: "bilang aku sayang dia"
        "bilang/bilangin/sampein/sampaikan/sampaiin [ke/sama] [FAMILY/dia/mereka] [kalau/kalo"
        "/bahwa] ME [ADV] sayang/cinta/minta_maaf/kangen",
    ],
    # greetings sent to one's own family through someone else ("titip salam buat
    # keluargaku"), not to the listener's ("titip salam buat ibumu")
    "greet_own": ["titip_salam/nitip_salam [ya] ke/buat/untuk/utk/sama FAMILY ku/ME"],
    "no_need": [
        "NOT butuh/perlu [apa/apapun/apa_pun] [LAGI] [PART] $",
        "NOT akan/bakal/bakalan butuh/perlu [apa/apapun/apa_pun] LAGI",
    ],
    "after_me": [
        # no longer a bother or a worry: "udah gak mau nyusahin ibu lagi"
        "NOT [WANT/akan/bakal/bakalan] nyusahin/ngerepotin/merepotkan/menyusahkan/membebani"
        "/ngebebanin FAMILY/siapa/siapapun/siapa_pun/kalian LAGI",
        "NOT usah/perlu [ADV] khawatir/khawatirin/mikirin/cemasin/nyariin [sama/tentang/soal]"
        " [ME] LAGI",
        "biar/supaya/agar NOT [ADV] ngerepotin/nyusahin/merepotkan/menyusahkan/membebani"
        " [siapa/siapa_siapa/kalian/FAMILY] nanti/TIME",
        "biar/supaya/agar FAMILY/dia/mereka ~1 NOT bingung/repot/susah/sedih/khawatir/kerepotan",
        "biar/supaya/agar [FAMILY/dia/mereka] gampang/mudah/gak_repot/gak_bingung nanti",
        "setidaknya/paling_enggak/paling_gak/minimal ~2 bisa/bakal bantu/berguna/ngebantu ~1"
        " FAMILY/mereka/kalian",
    ],
    "cant_anymore": ["ME [ALREADY] NOT akan/bakal/bakalan [bisa/sempat]"],
    "cant_bear": ["NOT BEAR [LAGI] [PART] $", "NOT BEAR ~2 LAGI"],
    "overdose": [
        "nelen/menelan/minum/nenggak/telan/minumin obat/pil ~4 lebih_banyak/kebanyakan/sekaligus"
        "/segenggam/sebanyak",
    ],
    "deliberate": ["sengaja/sengajain/nekat"],
    # means at hand, looked at, made ready; doubting one will last until tomorrow
    "means": [
        "PREPARE/asah/ngasah/diasah/pegang/megang/liatin/ngeliatin/pandangin/mandangin/genggam"
        " ~3 pisau/silet/cutter/tali/racun/obat_tidur/pil/korek/bensin",
        "pisau/silet/cutter/tali/racun/obat_tidur ~3 asah/ngasah/diasah/siapin/disiapin/liatin"
        "/pegang/genggam",
        # "Cara-cara." on its own: the ways, unnamed
        "^ cara/caranya [PART] $$",
        "ALREADY tau/tahu [ADV] caranya [PART] $",
        "dengan/pake/pakai cara ku sendiri",
        "ALREADY hitung/ngitung/ngitungin ~2 obat/obatnya/pil/dosis",
    ],
    "survive_doubt": [
        "NOT tau/tahu/yakin ~3 masih ~2 kuat/ada/hidup/bertahan/bangun/pulang",
        "NOT yakin ~3 sampai/sampe besok/TIME",
    ],
    # "kalau ada apa-apa sama aku, tolong kabarin adikku"
    "if_something": ["IF ADA apa/apa_apa [sama/dengan/ama] ME"],
    # "gitarku buat Dimas", "siapa dapet apa"
    "bequest": [
        "GIVE ~2 semua/semuanya barang/koleksi/benda [ku] kesayangan/berharga",
        "kucing/anjing/gitar/laptop/koleksi [ku] ~3 kasih/kasihin/titip/serahin/serahkan ke",
        "gitar/laptop/hp/buku/baju/motor/kucing/koleksi/sepatu/jam/jam_tangan/kamera/tabungan"
        " [ku/ini/itu] buat/untuk"
        "/utk/ke FAMILY/temen/teman/sahabat/dimas/perpustakaan/panti/adik/adek",
    ],
    # no future, a decision with nothing after it
    "no_future": [
        "NOT punya/ADA [LAGI] nanti/besok/masa_depan/hari_esok/future [LAGI] [PART] $",
    ],
    "decided_blank": [
        "ME [ALREADY] [ADV] mutusin/memutuskan/bertekad [PART] $$",
        "keputusan [ku] [ALREADY] [ADV] bulat [PART] $$",
    ],
    # looking up what one should not; wondering whether a fall would hurt
    "forbidden_search": [
        "NOT seharusnya/harusnya/boleh ~3 browsing/searching/googling/cari/nyari/baca",
    ],
    "fall_wonder": [
        "IF [ME] jatuh/loncat/lompat/terjun/nyebur [dari_sini/dari_situ] ~1 sakit/kerasa/mati",
    ],
    # giving them the rest they deserve: "aku mau kasih mereka istirahat itu"
    "relieve_them": [
        "kasih/ngasih/memberi/ngebebasin/bebasin FAMILY/mereka/kalian ~1 istirahat/ketenangan"
        "/kebebasan/kelegaan",
    ],
    # "udah minta maaf ke ibu", "udah ngomong sama semua yang perlu"
    "made_peace": [
        "ALREADY [ME] minta_maaf/pamit/bilang_makasih/bilang_sayang/makasih/ngomong ~2 ke/sama"
        " ibu/bapak/ayah/mama/papa/ortu/orang_tua/keluarga/adik/adek/kakak/sahabat/pacar"
        "/semua_orang",
        "ALREADY [ME] ngomong/bilang ~2 semua yang perlu",
    ],
    # goodbyes said to friends: people also say them when they move or graduate, so this
    # weighs without being a warning sign
    "said_goodbye": [
        "ALREADY [ME] pamitan/pamit ~1 ke/sama/ama/dengan temen/teman/sahabat/kalian/semuanya"
        "/semua",
    ],
    # waiting for the house to be empty
    "waiting": [
        "tinggal/cuma nunggu/nungguin/menunggu ~2 sepi/kosong/pada_tidur/semua_tidur",
        "tinggal/cuma nunggu/nungguin/menunggu [ADV] waktu/waktunya/saatnya/nanti_malam/malam"
        "/malem [ini] [SAJA] [PART] $",
    ],
    "lingering": [
        "berhenti/berdiri/diem/diam/duduk/nongkrong ~3 lama/lama_banget/agak_lama",
    ],
    # "pengen hilang ditelan bumi" (said in earnest)
    "swallowed": ["ditelan/ditelen/ketelan bumi"],
    # a high or dangerous place, and a mind going dark
    "danger_place": [
        "di/dari/lewat [atas/pinggir/ujung/tepi/tengah] DROP/peron/tol/jalan_tol/laut/sungai"
        "/balkon/gedung",
    ],
    "dark_mind": [
        "kepikiran/mikir/pikiran/berpikir ~1 yang aneh/enggak/nggak/ngga/engga/gak/macem/macam"
        "/gelap",
        "pikiran [ku] [ADV] kemana/ke_mana/kosong/gelap",
        "takut [sama/dengan/ama] ME/diri [ku] [sendiri]",
        "nekat",
    ],
    "pain_end": [
        "penderitaan/derita/rasa_sakit [ku] ~2 selesai/berakhir/usai/berhenti/hilang",
        "capek/cape/lelah/sedih/beban ku ~2 selesai/berakhir/usai/berhenti/hilang",
        "NOT ADA [LAGI] [rasa] sakit/penderitaan",
        "biar/supaya/agar ~2 NOT [ADV] kerasa/terasa/sakit/ngerasain",
        "biar/supaya/agar ~1 tenang/selesai/lega/berakhir",
    ],
    "transient": ["numpang lewat/singgah/mampir/napas/nafas/hidup"],
    # hoping for the next life: "semoga di kehidupan selanjutnya aku lebih beruntung"
    "next_life": [
        "kehidupan/hidup/life selanjutnya/berikutnya/mendatang/yang_akan_datang",
        "next/another life",
    ],
    # a plan for tomorrow with oneself in it: "besok lanjut lagi", "besok aku kabarin"
    "carries_on": [
        "TIME [ADV] [ME] [mulai/mau/bakal/akan] lanjut/lanjutin/dilanjut/dilanjutin/kabarin"
        "/ngabarin/update/cerita/balik/pulang/mudik/interview/tes/kerja/ngelamar/coba/nyoba"
        "/daftar/apply/latihan [LAGI]",
        "sampai/sampe/see_you jumpa/ketemu/tomorrow/besok",
    ],
    # the next thing named: "aku tidur dulu ya", "pamit kerja dulu"
    "for_now": [
        "tidur/bobo/istirahat/rebahan/makan/mandi/kerja/ngantor/berangkat/pulang/off/offline"
        "/cabut/masak/solat/sholat/shalat/ngopi/siap_siap/pamit [ADV] dulu",
        "keluar/left/out ~2 dari/from SOCIAL",
    ],
    # good news: "akhirnya aku keterima!"
    "good_news": [
        "keterima/diterima/lolos/dapet_kerja/dapat_kerja/alhamdulillah/yeay/yey/hore/horee",
    ],
    # despair beside a goodbye: failing again and again, no reason or hope left
    "despair": [
        "NOT ADA/punya [LAGI] alasan/alesan/harapan/gunanya/artinya/semangat",
        "gagal/ditolak [ADV] terus/mulu/melulu/berkali_kali",
        "TIRED ~2 gagal/ditolak/berjuang/nyoba/mencoba",
    ],
    # a thing handed on because a new one came: "hp ini buat adek, udah beli baru"
    "replaced": ["beli/dapet/dapat/ganti/dikasih/punya ~2 [yang] baru"],
    "me_too": ["termasuk [sama/dengan/ama/pada] ME/LIFE/diri/nyawa", "me included"],
    # "... aku juga.": only next to something ending (CUE_NEEDS)
    "me_also": ["^ ME juga [PART] $$"],
    "leave_all": ["LEAVE ~1 semuanya/segalanya/kalian/dunia/FAMILY"],
    # what gives a cue weight: wishing, planning, deciding, leaving, "everything"
    "leave": [
        "DISAPPEAR",
        "minggat/angkat_kaki/udahan/ninggalin/ninggalkan/meninggalkan/tinggalin",
        "pergi/leave [SAJA] [PART] $",
        "pergi/go/leave ~3 jauh/far/away",
    ],
    "rest": ["istirahat/beristirahat/tidur/bobo/rehat/rest/sleep"],
    "all_over": [
        "semuanya/segalanya/semua_ini ~1 selesai/berakhir/berhenti/usai/udahan/kelar [PART] $",
    ],
    "no_energy": ["NOT punya/ADA [LAGI] tenaga/energi/daya ~6 bangun/LIFE/napas/nafas"],
    "tired": ["TIRED/lelah"],
    "calm_now": ["sekarang ME [ADV] tenang/lega/siap [PART] $"],
    "dark": ["gelap/sunyi/hening/senyap/kosong/hampa/dark"],
    # "lampuku udah mau padam": one's own light going out (a metaphor, weighed to the
    # gentle tier unless something else speaks of an end)
    "fading": ["lampu/lilin/cahaya/api/nyala/sinar [LIFE] ku ~3 padam/redup/meredup/habis"],
    "sincere": [
        "beneran/serius/sungguhan/sumpah/literally/seriously/jujur",
        "NOT bercanda",
        "i mean it",
    ],
    "letter": [
        "PREPARE/nulis/tulis/menulis/bikin ~3 surat/pesan/catatan",
        "surat/catatan [ku] ~3 ALREADY [ADV] di/ke meja/kamar/laci/lemari/bawah_bantal",
    ],
    "life_story": ["perjalanan/cerita/kisah/lembaran/babak/chapter [LIFE] [ku] ini"],
    "ending": ["selesai/berakhir/berhenti/tamat/kelar/usai/end/over/nyerah/menyerah/ENDV"],
    "world": ["dunia !WORLD_QUAL", "LIFE !QUAL", "napas/nafas/bernapas/bernafas"],
    "all": ["semuanya/segalanya/semua_ini/everything"],
    "self": ["ME"],
    "self_label": [
        "anak/orang/manusia [yang] [ADV] gagal/gak_berguna/ga_berguna/tidak_berguna/sampah/beban"
        "/pecundang/loser/useless/gak_guna",
    ],
    "wish": [
        "ingin/pengen/pingin/pengin/kepengen/kepingin/kepengin/pgn/pen/ngin/hayang/hoyong/arep"
        "/want/wanna/BETTER",
        "semoga/moga/berharap/harap/rela/ikhlas",
    ],
    "intend": ["mau/mw/mo/siap"],
    "plan": ["TIME", "malam/malem ini", "rencana/niat/tekad/caranya/tinggal_nunggu"],
    "decided": [
        "keputusan [ku] [ALREADY] [ADV] bulat/mantap/final",
        "tekad [ku] [ALREADY] bulat",
    ],
    # what takes points away: the job, groups and feeds, moving, someone else's death,
    # a laugh, a time limit
    "job": [
        "lamaran/lamar/ngelamar/melamar/cv/hrd/hr/interview/wawancara/loker/lowongan/kerja"
        "/kerjaan/bekerja/kantor/perusahaan/psikotes/tes/seleksi/rekrutmen/recruiter/startup"
        "/industri/karier/karir/bos/atasan/gaji/kontrak/resign/magang/portofolio/deadline"
        "/lembur/klien/presentasi/submit",
    ],
    "social": [
        "grup/group/gc/sosmed/medsos/linkedin/instagram/ig/twitter/tiktok/wa/whatsapp/facebook"
        "/fb/radar/komunitas/reuni/kelas/circle/forum/acara",
    ],
    "moving": [
        "pindah/pindahan/mudik/pulang_kampung/liburan/cuti/visa/merantau/traveling",
        "LEAVE/balik/pulang ke !tempat/sana/surga/alam/akhirat/rahmatullah/pangkuan"
        "/sang_pencipta/tuhan/allah/pencipta/yang",
    ],
    "other_dies": [
        "FAMILY/THIRD/nenek/kakek/almarhum/almarhumah/temen/teman [ku/ME] [ALREADY] [ADV]"
        " DIE/meninggal/wafat/tiada/pergi",
        "kucing/anjing/ikan/tanaman/hewan/peliharaan/bunga ~6 DIE",
        "pemakaman/makam/kuburan/jenazah ~2 FAMILY/THIRD/nenek/kakek/om/tante/temen/teman",
        "ziarah/nyekar/melayat/layat/takziah",
    ],
    "laugh": ["lol/lmao/wkwk/wkwkwk/haha/hahaha/hehe/awokwok/xixi/kwkw"],
    # a knife for the kitchen, poison for the rats
    "chores": [
        "dapur/masak/masakan/rendang/sayur/buah/paket/kardus/tikus/kecoa/nyamuk/hama/jemuran"
        "/sepatu/nelpon/telpon/sinyal/ngerokok/rokok/ngopi/kopi/macet",
    ],
    # Lebaran greetings ask forgiveness for every wrong
    "festive": ["lebaran/idul_fitri/idulfitri/minal/lahir_batin/aidin/syawal/natal/tahun_baru"],
    "bounded": [
        "sebentar/sejenak/seminggu/sebulan/sehari/seharian/weekend",
        "for a week/while/day/bit/month/moment",
        "sampai/sampe siang/sore/pagi/pengumuman",
    ],
}
CORE_CUES = frozenset(
    {"death", "own_death", "absent", "unreachable", "forever", "last", "others_without",
     "sorry_all", "thanks_all", "legacy", "settled", "reading_this", "no_reply", "pamit",
     "one_last", "relay", "no_need", "after_me", "danger_place", "dark_mind", "pain_end",
     "transient", "me_too", "leave_all", "overdose", "thanks_life", "goodbye", "means",
     "survive_doubt", "swallowed", "if_something", "bequest", "no_future", "decided_blank",
     "forbidden_search", "fall_wonder", "relieve_them", "made_peace", "clearing", "waiting",
     "me_also", "next_life", "fading", "said_goodbye", "thanks_company", "thanks_long",
     "farewell_all", "sorry_burden", "greet_own"}
)  # fmt: skip
# Warning signs: farewell acts, means at hand, doubting one will last, a future absence.
# Two different ones anywhere in a message (in sentences without a job or moving word,
# someone else's death, chores or a laugh) raise CRISIS however far apart they are:
# "Hari ini aku hapus semua akun, balikin barang pinjeman. ... Semua udah beres."
WARNING_SIGNS = frozenset(
    {"sorry_all", "legacy", "settled", "reading_this", "no_reply", "pamit", "one_last",
     "relay", "own_death", "thanks_life", "goodbye", "means", "survive_doubt", "no_need",
     "absent", "letter", "if_something", "bequest", "no_future", "decided_blank",
     "forbidden_search", "fall_wonder", "made_peace", "danger_place", "after_me", "clearing",
     "waiting", "thanks_company", "thanks_long", "farewell_all", "sorry_burden", "greet_own"}
)  # fmt: skip
# A goodbye and a thanks to the listener are ordinary when the message names what comes
# next ("makasih udh nemenin, aku tidur dulu ya", "pamit ya, besok lanjut latihan") or
# brings good news: then these cues count for nothing in the whole message. Without
# that, one of them beside despair ("aku pamit. capek gagal terus", a gentle-tier match)
# raises CRISIS.
FAREWELL_CUES = frozenset(
    {"pamit", "farewell_all", "thanks_company", "thanks_long", "sorry_burden", "greet_own"}
)  # fmt: skip
NEXT_STEP = frozenset({"for_now", "good_news", "carries_on", "moving"})
DESPAIR = frozenset({"despair", "cant_bear", "self_label", "no_energy"})
# A cue that only means something next to another one, in the same clause or the next:
# "aku juga" after "aku cuma pengen semuanya berhenti", not after "laptopku udah panas".
CUE_NEEDS: dict[str, frozenset[str]] = {
    "me_also": frozenset({"ending", "all_over", "leave", "death", "absent", "forever"}),
    # the next life hoped for soon, or after an end: not a joke about being reborn a cat
    "next_life": frozenset({"plan", "ending", "all_over", "leave", "death", "absent", "forever"}),
}
# The gentle tier also takes a score built on softer cues: leaving, not bearing it any
# more, a harsh word for oneself, darkness. An unseen phrasing should land on the gentle
# check-in rather than on nothing.
GENTLE_CUES = CORE_CUES | {
    "leave", "cant_bear", "self_label", "dark", "life_story", "sorry", "all_over", "no_energy",
    "lingering",
}  # fmt: skip
FALLBACK_CRISIS = 7
FALLBACK_DISTRESS = 5
# Right after the gentle check-in, the next message is read against what came before:
# "pengen udahan aja" alone may be about the job search (4 points), after "cape sama
# semuanya" it may be about more. A softer score then gets the check-in again, naming
# 119 itself; a farewell then counts as beside despair (a crisis, as within one message).
FALLBACK_AFTER_DISTRESS = 2
# Gentle families that say an ending ("pengen udahan aja", "pengen kabur dari semuanya"):
# right after the check-in, the check-in that follows names 119 itself.
ENDING_FAMILIES = frozenset({"give_up_search", "escape"})

# --- what cancels a crisis match ------------------------------------------------------
# A match here masks only the words it covers: a crisis phrase elsewhere in the same
# message still counts ("mati kutu tadi, sekarang pengen mati aja" is a crisis).
HARMLESS: dict[str, list[str]] = {
    # "mati kutu", "mati gaya", "mati-matian", "malu setengah mati", "harga mati"
    "idiom": [
        "mati lampu/listrik/gaya/kutu/kata/langkah/suri/rasa/konyol/penasaran/berdiri/kaku"
        "/akal/angin/ketawa/kelaparan/kebosanan/kepanasan/kedinginan/kegerahan/ngakak"
        "/kepo/muda/syahid/sahid",
        "mati matian/matimatian",
        "setengah/separuh mati",
        "harga mati",
        "hidup [dan/atau/ato/apa] mati",
        "sehidup semati",
        "hidup segan mati tak/gak mau",
        "mati satu tumbuh seribu",
        "bunuh/membunuh/ngebunuh/bunuhin waktu/bosan/kebosanan/nyamuk/kecoa/tikus/semut"
        "/lalat/serangga/kuman/bakteri/virus/proses/karakter/jenuh/sepi",
        "bunuh diri karier/karir/politik/finansial/sosial/massal/ekonomi",
        "career/political/social suicide",
        "gantung baju/jemuran/foto/lukisan/tas/handuk/gorden/celana/kemeja/hiasan",
        "kill two birds",
        "killing it/me_lol",
        "killed it",
        "bored to death",
        "die on this hill",
        "die/dying/died my/her/his/the hair",
        "bundir/bunuh_diri/DIE/gantung_diri/suicide [,] ~2 amit/naudzubillah/naudzubilah"
        "/nauzubillah/astaghfirullah/astagfirullah/jangan_sampai",
        "amit/naudzubillah/naudzubilah/nauzubillah/astaghfirullah/astagfirullah ~3 bundir"
        "/bunuh_diri/DIE/gantung_diri/suicide",
        "end of life",
        "die/dying for",
        "dying to know/see/hear/try/get",
        "death of me",
        "mau DIE [rasanya/rasane] karena/saking/gara_gara/kena/akibat SENSATION",
        "mau DIE [rasanya/rasane] [ADV] SENSATION",
        "SENSATION [ADV] [ADV] ~4 mau/sampe/sampai [mau] DIE !SAJA",
        "mau/bisa DIE ketawa/ngakak/kelaparan/kepanasan/kebosanan/penasaran/kedinginan",
        # "mati aku, lupa bawa KTP": I'm done for
        "^ [wah/waduh/aduh/duh/yah/anjir] DIE/mampus ME !SAJA",
        "die/died/dying of embarrassment/boredom/laughter/shame/cringe/hunger",
        "die happy",
        # a burden who says in the same breath that they keep trying
        "beban ~6 tapi/tp/namun/but ME [ADV] [tetap/tetep/masih/terus] [ADV] usaha/berusaha"
        "/semangat/berjuang/nyoba/mencoba/coba/ikhtiar",
        # "mau nyerah aja cari kerja, udah gak kuat": the search is what one cannot bear
        "nyerah/menyerah/TIRED ~3 cari/nyari/ngelamar/melamar/lamar ~2 [kerja/kerjaan/loker]"
        " ~3 [ALREADY] [ADV] NOT [ADV] BEAR [LAGI]",
        "dikubur/ngubur/kubur ~4 saking/karena/gara_gara/kena SENSATION/malunya",
        # "mati aja deh CV-ku": a thing declared dead
        "DIE [SAJA] [PART] THING",
        # someone else's will: "bapak lagi nyiapin surat wasiat buat pembagian tanah"
        "bapak/ayah/ibu/kakek/nenek/almarhum/almarhumah/paman/om/tante/bude/pakde/THIRD"
        " %3 surat wasiat",
        "surat wasiat bapak/ayah/ibu/kakek/nenek/almarhum/almarhumah/paman/om/tante",
    ],
    # "hp saya mati", "laptopku mau mati", "batre tinggal 2%, bentar lagi mati"
    # (never with "pengen", "mending" or a following "aja": "hp rusak, pengen mati aja")
    "device": [
        "DEVICE [I] [nya] %3 [,] [udah/mau/hampir/sudah/bentar_lagi/sebentar_lagi/keburu"
        "/langsung/tiba/sering/suka/terus/malah] DIE !SAJA",
        "DEVICE [I] %2 sekarat/lowbat/low_bat/low/habis/abis",
        "DIE [ADV] DEVICE",
    ],
    # the recruiter's words: ending a process, a contract, a meeting
    "domain": [
        "perusahaan/kantor/tim/divisi/proyek/startup/company/team/bos/atasan/mereka/grup/group"
        "/komunitas/kelas/geng/circle/organisasi/forum/hr/hrd/recruiter ~3"
        " lebih/better/baik ~2 tanpa/without [kehadiran/keberadaan] I",
        "ENDV [semua/seluruh] [ADV] proses/kontrak/rapat/meeting/kerja_sama/kerjasama"
        "/hubungan/masa_percobaan/seleksi/sesi/langganan/perjanjian/panggilan/debat"
        "/kemitraan/pelatihan/program/proyek/project/magang/rekrutmen/wawancara/interview"
        "/diskusi/kebiasaan/acara/kunjungan/tugas/kerja/pekerjaan/karier/karir/studi/kuliah"
        "/lamaran/presentasi/the_contract/the_meeting/the_project/my_contract",
        "proses/kontrak/seleksi/rekrutmen/lamaran/masa_percobaan ~3 berakhir/selesai"
        "/diakhiri/dihentikan",
    ],
    # leaving one's old life for a new one, punishing oneself with overtime
    "figurative": [
        "ENDV LIFE [ku] [yang] lama/lajang/bujang/jomblo/lamaku",
        "HURT/siksa SELF [sendiri] dengan/pakai/pake/sama ~2 lembur/kerja/kerjaan/begadang/diet"
        "/olahraga/pikiran/overthinking/tugas",
    ],
    # moving away, not dying: "minggu depan aku udah gak di sini lagi, pindah kos"
    "moving": [
        "DISAPPEAR/LEAVE/keluar/out ~2 dari/ti/from [semua] [ADV] SOCIAL",
        "LEAVE ~2 dari/ke kota/luar_kota/luar_negeri/kampung/desa/negara/negeri/indonesia"
        "/perusahaan/industri/SOCIAL",
        "pesan/salam/kata/chat/surat terakhir ~4 sebelum/sampai/selama cuti/libur/liburan"
        "/pulang/mudik/berangkat/resign/pindah/tidur/balik/ketemu/offline",
        "NOT ADA/di_sini/disini !rasa/sakit/penderitaan/derita/luka [LAGI] %3 [,] %3 pindah"
        "/mudik/pulang/dinas/cuti/liburan/balik/merantau/soalnya/karena",
        "NOT ADA/di_sini/disini !rasa/sakit/penderitaan/derita/luka [LAGI] %3 [,] %3 ke"
        " !FAMILY/kamu/dia/temen/teman/sahabat/pacar",
    ],
    # "aku gak pengen mati kok", "tenang, aku gak ada niat bunuh diri", "I'm not suicidal"
    "negated": [
        "NOT [ADV] [pernah/ADA/punya/bakal/akan/sama_sekali/kepikiran] [ADV]"
        " WANT/niat/berniat/kepikiran/kepikir/berpikir/mikir/kefikiran/pikiran/rencana"
        "/berencana/niatan/akan/bakal/bakalan/mungkin/sampai/sampe %4 DIE/bundir/bunuh_diri"
        "/suicide/ngakhirin_hidup/mengakhiri_hidup/akhiri_hidup/ngakhiri_hidup/nyakitin_diri"
        "/menyakiti_diri/melukai_diri/ngelukain_diri/nyilet/bunuh_diri_sendiri",
        "belum/ogah [ADV] WANT/ingin [ADV] DIE",
        "bukan/not [berarti/artinya/maksudnya] [I] ~2 WANT/ingin DIE/bundir/bunuh_diri",
        "jangan [pernah/sampai/sampe] DIE/bundir/bunuh_diri/nyakitin_diri/menyakiti_diri"
        "/gantung_diri",
        "NOT [ADV] suicidal",
        "jangan [sampai/sampe] kepikiran/mikir/berpikiran/berpikir ~1 yang/pendek",
        "not/never going_to/gonna kill myself",
        "dont [ADV] want to die",
        "I do_not want to die",
    ],
    # a news report or a topic: "kasus bunuh diri", "gol bunuh diri", "diduga gantung diri"
    "news": [
        "TOPIC [ADV] bunuh diri",
        "TOPIC bundir/overdosis/suicide",
        "TOPIC gantung diri",
        "THIRD %4 bunuh/gantung/gantungin diri",
        "THIRD %4 JUMP dari",
        "berita/news/kabar %6 nekat/JUMP/bunuh/gantung",
        "ada %3 [yang] nekat JUMP/bunuh/gantung",
        "THIRD %4 overdosis/mengakhiri_hidup/ngakhirin_hidup",
        "THIRD %3 diduga/nekat/memilih %2 bunuh/gantung diri",
        "ABOUT %4 tentang/soal/mengenai/about %1 bunuh/gantung diri",
        "ABOUT %4 tentang/soal/mengenai/about %1 suicide/bundir/self_harm",
        "ABOUT/tentang/soal ~3 orang/seseorang/tokoh/karakter/cewek/cowok yang [ADV] WANT [ADV]"
        " DIE",
        "TOPIC/ABOUT %4 soal/tentang/mengenai/terkait %1 bunuh/gantung diri",
        "hari pencegahan",
        "ada/orang/seseorang yang [ADV] bunuh/gantung diri",
        "ada %2 yang [ADV] [nekat] bunuh/gantung diri",
        "bunuh_diri/bundir/DIE/suicide [itu] NOT/bukan/isnt/is_not ~1 solusi/jalan_keluar"
        "/jawaban/pilihan/jalan/the_answer/a_solution",
    ],
    # song, film, book and game titles people mention
    "title": [
        "suicide squad",
        "virgin suicides",
        "die with a smile",
        "i want to die but i want to eat",
        "want to die but want to eat",
        "no time to die",
        "die hard",
        "let die",
        "die for you",
        "kill bill",
        "kill me heal me",
        "dying light",
        "suicide club",
        "suicidal tendencies",
        "dead poets",
        "pengen mati aja by/oleh",
    ],
}

# --- what cancels a gentle (distress) match ------------------------------------------
NOT_DISTRESS: dict[str, list[str]] = {
    "negated": [
        "NOT/jangan/belum [ADV] [mau/ingin/akan/bakal/boleh/pernah/usah/gampang/mudah]"
        " nyerah/menyerah/putus_asa/patah_semangat/berkecil_hati/give_up/depresi",
        "never give up",
        "pantang menyerah",
        "NOT [ADV] stres/stress",
        "NOT [ADV] kesepian/sendirian",
    ],
    "title": [
        "hampa nya/by/oleh/ari",
        "lagu hampa",
    ],
}

# --- pasted text: whose words are these? ---------------------------------------------
# In text the user pasted from someone else (a recruiter's email), a sentence in the
# sender's voice is skipped; the user's own sentences (first person, or no sender mark)
# are checked like any message.
SENDER_MARKS = (
    "kami anda bapak_ibu bapak_atau_ibu yth sdr sdri saudara saudari kandidat pelamar "
    "proses_seleksi proses_rekrutmen hormat_kami salam_hangat terima_kasih_atas "
    "terimakasih_atas perusahaan_kami tim_kami we your you candidate candidacy application "
    "regards dear sincerely unfortunately hrd rekrutmen recruitment talent"
)
USER_MARKS = "aku ak aq saya sy gue gua gw gwe ane abdi urang ambo beta ku i me my im"
