-- Liaison demo data: the liaison record of a small UN peace-building office in Tajikistan,
-- June to September 2000, the first four months after the office took over from the UN observer
-- mission. The office liaises with the Government, political parties and civil society to broaden
-- national consensus and reconciliation after the 1992-97 civil war.
--
-- The ORGANISATIONS are real public bodies of the period (ministries, parliament, commissions,
-- local authorities, registered and unregistered parties, NGOs, religious bodies, media and
-- international organisations); their names and aliases are public. Their notes are short
-- descriptions for orientation, not authoritative history.
--
-- ALL PEOPLE ARE FICTIONAL, and so are the mission staff (users), every meeting, position, quote
-- and commitment. Names were made up from common Tajik given names and surnames; any resemblance
-- to real persons is unintended. E-mail addresses use example.org and telephone numbers use the
-- impossible area code 00.
--
-- Identifiers are fixed so that rows can reference each other and tests can name them. The first
-- group of hex digits gives the table, the last group the row number:
--   10000000-...  users              U1..U5      e.g. U3  = 10000000-0000-4000-8000-000000000003
--   20000000-...  organizations      O01..O41    e.g. O22 = 20000000-0000-4000-8000-000000000022
--   30000000-...  people             P01..P45
--   40000000-...  affiliations
--   50000000-...  issues             I01..I12
--   60000000-...  meetings           M001..M089
--   70000000-...  positions
--   80000000-...  commitments        C01..C44
-- (Row numbers are decimal digits inside the hex group, so O22 ends in ...022.)
--
-- Affiliation periods are inclusive: valid_to is the last day in the role. A NULL valid_from
-- means "since before the register was started". Position stances run from -2 (strongly
-- against) to +2 (strongly for) what each issue's description names; stated_at is always the
-- meeting's starts_at. Objectives d = liaison for national consensus and reconciliation; a, b
-- and c are the mandate's other objectives.
--
-- Loaded inside one transaction by the loader: no BEGIN/COMMIT here.

-- Mission staff (fictional)
INSERT INTO users (id, login, display_name, active, created_at) VALUES
    ('10000000-0000-4000-8000-000000000001', 'arep', 'Agnes Thorvald', true, '2000-05-29 09:00:00+05'),
    ('10000000-0000-4000-8000-000000000002', 'polofficer1', 'Oliver Penhallow', true, '2000-05-29 09:00:00+05'),
    ('10000000-0000-4000-8000-000000000003', 'polofficer2', 'Ines Carvalho-Reyes', true, '2000-05-29 09:00:00+05'),
    ('10000000-0000-4000-8000-000000000004', 'natofficer1', 'Nodira Umarali', true, '2000-05-29 09:00:00+05'),
    ('10000000-0000-4000-8000-000000000005', 'fieldofficer1', 'Bahodur Nazrizoda', true, '2000-05-29 09:00:00+05');

-- Organisations (real public bodies of the period)
INSERT INTO organizations (id, name, aliases, sector, kind, region, parent_id, notes, created_at, updated_at) VALUES
    -- O01
    ('20000000-0000-4000-8000-000000000001', 'Executive Office of the President of the Republic of Tajikistan',
     ARRAY['Дастгоҳи иҷроияи Президенти Ҷумҳурии Тоҷикистон', 'Исполнительный аппарат Президента Республики Таджикистан', 'Presidential Executive Office', 'Presidential Apparatus']::text[],
     'government', 'presidential-office', 'national', NULL,
     'Channel for requests to meet ministries. The department dealing with political parties and public associations is the Office''s main counterpart on inter-party dialogue.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O02
    ('20000000-0000-4000-8000-000000000002', 'Ministry of Justice',
     ARRAY['Вазорати адлияи Ҷумҳурии Тоҷикистон', 'Министерство юстиции Республики Таджикистан', 'Minjust', 'Ministry of Justice of the Republic of Tajikistan']::text[],
     'government', 'ministry', 'national', NULL,
     'Registers political parties and public associations; leads on draft procedural codes and judicial training.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O03
    ('20000000-0000-4000-8000-000000000003', 'Ministry of Foreign Affairs',
     ARRAY['Вазорати корҳои хориҷии Ҷумҳурии Тоҷикистон', 'Министерство иностранных дел Республики Таджикистан', 'МИД РТ', 'MFA', 'MID']::text[],
     'government', 'ministry', 'national', NULL,
     'Formal counterpart of the Office; accreditation of international staff goes through its Protocol Department.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O04
    ('20000000-0000-4000-8000-000000000004', 'Ministry of Internal Affairs',
     ARRAY['Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон', 'Министерство внутренних дел Республики Таджикистан', 'МВД', 'Ministry of the Interior', 'MVD']::text[],
     'government', 'ministry', 'national', NULL,
     'Police; leads the voluntary arms-collection campaign through district police departments.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O05
    ('20000000-0000-4000-8000-000000000005', 'Ministry of Defence',
     ARRAY['Вазорати мудофиаи Ҷумҳурии Тоҷикистон', 'Министерство обороны Республики Таджикистан', 'Ministry of Defense', 'MoD']::text[],
     'government', 'ministry', 'national', NULL,
     'Integration of former UTO units into the armed forces under the military protocol of the General Agreement.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O06
    ('20000000-0000-4000-8000-000000000006', 'Ministry of Labour and Social Protection',
     ARRAY['Министерство труда и социальной защиты населения Республики Таджикистан', 'Ministry of Labor and Social Protection']::text[],
     'government', 'ministry', 'national', NULL,
     'Employment and retraining programmes, including for discharged former fighters.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O08
    ('20000000-0000-4000-8000-000000000008', 'Ministry of Education',
     ARRAY['Вазорати маорифи Ҷумҳурии Тоҷикистон', 'Министерство образования Республики Таджикистан']::text[],
     'government', 'ministry', 'national', NULL,
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O09
    ('20000000-0000-4000-8000-000000000009', 'Ministry of Economy',
     ARRAY['Министерство экономики Республики Таджикистан', 'Minekonomiki']::text[],
     'government', 'ministry', 'national', NULL,
     'Regional development and recovery programmes for former conflict areas. The portfolio and exact name changed during the period.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O10
    ('20000000-0000-4000-8000-000000000010', 'Commission on National Reconciliation',
     ARRAY['Комиссияи оштии миллӣ', 'Комиссия по национальному примирению', 'КНП', 'CNR']::text[],
     'government', 'commission', 'national', NULL,
     'Joint Government-UTO body set up under the 1997 General Agreement on the Establishment of Peace and National Accord. Wound up in 2000 at the end of the transitional period; kept in the register for history and for its former members.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O11
    ('20000000-0000-4000-8000-000000000011', 'Central Commission on Elections and Referenda',
     ARRAY['Комиссияи марказии интихобот ва раъйпурсии Ҷумҳурии Тоҷикистон', 'Центральная комиссия по выборам и проведению референдумов', 'ЦКВР', 'CCER', 'Central Electoral Commission']::text[],
     'government', 'commission', 'national', NULL,
     'Administered the 1999 referendum and presidential election and the 2000 parliamentary elections.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O12
    ('20000000-0000-4000-8000-000000000012', 'Majlisi Oli',
     ARRAY['Маҷлиси Олии Ҷумҳурии Тоҷикистон', 'Маджлиси Оли', 'Supreme Assembly', 'Parliament of Tajikistan']::text[],
     'government', 'parliament', 'national', NULL,
     'Bicameral since the 1999 constitutional amendments; both chambers first elected in February-March 2000.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O15
    ('20000000-0000-4000-8000-000000000015', 'Prosecutor General''s Office',
     ARRAY['Прокуратураи генералии Ҷумҳурии Тоҷикистон', 'Генеральная прокуратура Республики Таджикистан', 'Procuracy']::text[],
     'government', 'court', 'national', NULL,
     'Decides case by case whether the amnesty applies to detained or wanted former opposition members.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O16
    ('20000000-0000-4000-8000-000000000016', 'Khatlon Oblast Hukumat',
     ARRAY['Ҳукумати вилояти Хатлон', 'Хукумат Хатлонской области', 'Khatlon Regional Administration']::text[],
     'government', 'local-authority', 'khatlon', NULL,
     'Seat in Kurgan-Tyube. Covers the Kurgan-Tyube and Kulob zones, the worst-hit areas of the civil war and of the 2000 drought.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O17
    ('20000000-0000-4000-8000-000000000017', 'Sughd Oblast Hukumat',
     ARRAY['Ҳукумати вилояти Суғд', 'Хукумат Согдийской области', 'Leninabad Oblast Hukumat', 'Хукумат Ленинабадской области']::text[],
     'government', 'local-authority', 'sughd', NULL,
     'Seat in Khujand. Renamed from Leninabad to Sughd around 2000; both names were in use during the period.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O18
    ('20000000-0000-4000-8000-000000000018', 'GBAO Hukumat',
     ARRAY['Ҳукумати Вилояти Мухтори Кӯҳистони Бадахшон', 'Хукумат Горно-Бадахшанской автономной области', 'Gorno-Badakhshan Autonomous Oblast Administration']::text[],
     'government', 'local-authority', 'gbao', NULL,
     'Seat in Khorog. Dependent on humanitarian food deliveries; road access from Dushanbe is seasonal.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O19
    ('20000000-0000-4000-8000-000000000019', 'Tavildara District Hukumat',
     ARRAY['Ҳукумати ноҳияи Тавилдара', 'Хукумат Тавильдаринского района']::text[],
     'government', 'local-authority', 'rrs', NULL,
     'District of Republican Subordination; a former UTO stronghold where many discharged fighters live.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O20
    ('20000000-0000-4000-8000-000000000020', 'Dushanbe City Hukumat',
     ARRAY['Ҳукумати шаҳри Душанбе', 'Хукумат города Душанбе', 'Dushanbe Mayoralty']::text[],
     'government', 'local-authority', 'dushanbe', NULL,
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O21
    ('20000000-0000-4000-8000-000000000021', 'People''s Democratic Party of Tajikistan',
     ARRAY['Ҳизби Халқии Демократии Тоҷикистон', 'Народно-демократическая партия Таджикистана', 'ҲХДТ', 'НДПТ', 'PDPT']::text[],
     'political-party', 'party', 'national', NULL,
     'Party of the President; won the 2000 elections to the lower chamber by a wide margin.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O22
    ('20000000-0000-4000-8000-000000000022', 'Islamic Revival Party of Tajikistan',
     ARRAY['Ҳизби Наҳзати Исломии Тоҷикистон', 'Партия исламского возрождения Таджикистана', 'ҲНИТ', 'ПИВТ', 'IRPT', 'Islamic Renaissance Party of Tajikistan']::text[],
     'political-party', 'party', 'national', NULL,
     'Core of the former United Tajik Opposition; legalised again in 1999. Won a small number of seats in 2000 and disputes the conduct of the elections.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O23
    ('20000000-0000-4000-8000-000000000023', 'Communist Party of Tajikistan',
     ARRAY['Ҳизби Коммунистии Тоҷикистон', 'Коммунистическая партия Таджикистана', 'КПТ', 'CPT']::text[],
     'political-party', 'party', 'national', NULL,
     'Second-largest group in the lower chamber after the 2000 elections.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O24
    ('20000000-0000-4000-8000-000000000024', 'Democratic Party of Tajikistan',
     ARRAY['Ҳизби Демократии Тоҷикистон', 'Демократическая партия Таджикистана', 'ДПТ', 'DPT']::text[],
     'political-party', 'party', 'national', NULL,
     'Split into rival wings in the 1990s. In this data set the registration of one wing is a running issue.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O25
    ('20000000-0000-4000-8000-000000000025', 'Socialist Party of Tajikistan',
     ARRAY['Ҳизби Сотсиалистии Тоҷикистон', 'Социалистическая партия Таджикистана', 'SPT']::text[],
     'political-party', 'party', 'national', NULL,
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O26
    ('20000000-0000-4000-8000-000000000026', 'Party of Economic Reforms of Tajikistan',
     ARRAY['Ҳизби Ислоҳоти Иқтисодии Тоҷикистон', 'Партия экономических реформ Таджикистана', 'ПЭР', 'PER']::text[],
     'political-party', 'party', 'national', NULL,
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O27
    ('20000000-0000-4000-8000-000000000027', 'Social Democratic Party of Tajikistan',
     ARRAY['Ҳизби Сотсиал-демократии Тоҷикистон', 'Социал-демократическая партия Таджикистана', 'СДПТ', 'SDPT']::text[],
     'political-party', 'party', 'national', NULL,
     'Not registered during the period covered by this data (registered in 2002). Its registration file is a running issue in this data set.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O28
    ('20000000-0000-4000-8000-000000000028', 'Bureau on Human Rights and Rule of Law',
     ARRAY['Бюро по правам человека и соблюдению законности', 'Tajikistan Bureau on Human Rights', 'BHR']::text[],
     'civil-society', 'ngo', 'dushanbe', NULL,
     'Legal aid and trial monitoring; receives families of detainees seeking amnesty.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O29
    ('20000000-0000-4000-8000-000000000029', 'National Association of Independent Mass Media of Tajikistan',
     ARRAY['Национальная ассоциация независимых средств массовой информации Таджикистана', 'НАНСМИТ', 'NANSMIT']::text[],
     'media', 'association', 'national', NULL,
     'Association of independent journalists and outlets; monitors licensing and pressure on regional media.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O30
    ('20000000-0000-4000-8000-000000000030', 'Open Society Institute – Assistance Foundation Tajikistan',
     ARRAY['Институт «Открытое общество» – Фонд содействия – Таджикистан', 'Фонд Сороса – Таджикистан', 'Soros Foundation Tajikistan', 'OSI Tajikistan']::text[],
     'civil-society', 'ngo', 'dushanbe', NULL,
     'Grant-maker for civil-society, media and education projects.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O31
    ('20000000-0000-4000-8000-000000000031', 'League of Women Lawyers of Tajikistan',
     ARRAY['Лига женщин-юристов Таджикистана', 'League of Women Lawyers']::text[],
     'civil-society', 'ngo', 'dushanbe', NULL,
     'Legal literacy for women; advocates for women on party lists and in local government.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O32
    ('20000000-0000-4000-8000-000000000032', 'Red Crescent Society of Tajikistan',
     ARRAY['Ҷамъияти Ҳилоли Аҳмари Тоҷикистон', 'Общество Красного Полумесяца Таджикистана', 'RCST']::text[],
     'civil-society', 'association', 'national', NULL,
     'Branches in every region; mine-risk awareness with ICRC support.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O33
    ('20000000-0000-4000-8000-000000000033', 'Association of Scientific and Technical Intelligentsia of Tajikistan',
     ARRAY['Ассоциация научно-технической интеллигенции Таджикистана', 'АНТИТ', 'ANTIT']::text[],
     'civil-society', 'association', 'dushanbe', NULL,
     'Venue for several round-tables in this data set.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O34
    ('20000000-0000-4000-8000-000000000034', 'Islamic Centre of Tajikistan',
     ARRAY['Маркази исломии Тоҷикистон', 'Исламский центр Таджикистана', 'Islamic Center of Tajikistan']::text[],
     'religious', 'religious-body', 'national', NULL,
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O36
    ('20000000-0000-4000-8000-000000000036', 'Asia-Plus',
     ARRAY['Азия-Плюс', 'Осиё-Плюс', 'Asia Plus', 'Asia-Plus news agency']::text[],
     'media', 'media-outlet', 'dushanbe', NULL,
     'Independent news agency.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O37
    ('20000000-0000-4000-8000-000000000037', 'OSCE Mission to Tajikistan',
     ARRAY['Миссия ОБСЕ в Таджикистане', 'OSCE MiT', 'OSCE']::text[],
     'international', 'international-organization', 'dushanbe', NULL,
     'Human dimension, democratisation and media. The OSCE/ODIHR and the UN jointly observed the 2000 parliamentary elections.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O38
    ('20000000-0000-4000-8000-000000000038', 'UNDP Tajikistan',
     ARRAY['Программа развития ООН в Таджикистане', 'ПРООН', 'United Nations Development Programme']::text[],
     'international', 'international-organization', 'dushanbe', NULL,
     'Runs the reintegration and recovery programmes the Office mobilises support for.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O39
    ('20000000-0000-4000-8000-000000000039', 'UNHCR Tajikistan',
     ARRAY['Управление Верховного комиссара ООН по делам беженцев', 'УВКБ ООН', 'Office of the UN High Commissioner for Refugees']::text[],
     'international', 'international-organization', 'dushanbe', NULL,
     'Returnee monitoring; watches the Afghan border.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O40
    ('20000000-0000-4000-8000-000000000040', 'International Committee of the Red Cross',
     ARRAY['Международный комитет Красного Креста', 'МККК', 'ICRC', 'CICR']::text[],
     'international', 'international-organization', 'dushanbe', NULL,
     'Detention visits; mine incident data; supports Red Crescent mine-risk work.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O07
    ('20000000-0000-4000-8000-000000000007', 'Migration Service (refugees and forced migrants)',
     ARRAY['Миграционная служба', 'Migration Service']::text[],
     'government', 'state-committee', 'national', '20000000-0000-4000-8000-000000000006',
     'Government body dealing with returning refugees and forced migrants. Its name and subordination changed more than once; check the current designation before citing it.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O13
    ('20000000-0000-4000-8000-000000000013', 'Majlisi Namoyandagon',
     ARRAY['Маҷлиси намояндагони Маҷлиси Олӣ', 'Маджлиси намояндагон', 'Assembly of Representatives', 'Lower chamber']::text[],
     'government', 'parliament', 'national', '20000000-0000-4000-8000-000000000012',
     'Lower chamber, elected by a mixed system (single-member districts and party lists).',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O14
    ('20000000-0000-4000-8000-000000000014', 'Majlisi Milli',
     ARRAY['Маҷлиси миллии Маҷлиси Олӣ', 'Маджлиси милли', 'National Assembly', 'Upper chamber']::text[],
     'government', 'parliament', 'national', '20000000-0000-4000-8000-000000000012',
     'Upper chamber, mostly elected indirectly by local councils, some members appointed by the President.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O35
    ('20000000-0000-4000-8000-000000000035', 'Council of Ulema',
     ARRAY['Шӯрои уламо', 'Совет улемов', 'Council of Ulama', 'Shurai Ulamo']::text[],
     'religious', 'religious-body', 'national', '20000000-0000-4000-8000-000000000034',
     'Council of Islamic scholars within the Islamic Centre; influential on what imams say in Friday sermons.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- O41
    ('20000000-0000-4000-8000-000000000041', 'Permanent Mission of the Republic of Tajikistan to the United Nations',
     ARRAY['Постоянное представительство Республики Таджикистан при ООН', 'Tajik Mission to the UN, New York']::text[],
     'government', 'other', 'abroad', '20000000-0000-4000-8000-000000000003',
     'In New York; useful for reaching the Ministry''s position ahead of Security Council consultations.',
     '2000-08-01 11:00:00+05', '2000-08-01 11:00:00+05');

-- People (ALL FICTIONAL)
INSERT INTO people (id, name, alternate_names, title, email, phone, address, notes, created_at, updated_at) VALUES
    -- P01
    ('30000000-0000-4000-8000-000000000001', 'Farhod Nurmatov', ARRAY['Фарҳод Нурматов', 'Фарход Нурматов', 'Farkhod Nurmatov', 'فرهاد نورمتاف']::text[],
     'Deputy Minister of Justice', 'f.nurmatov@example.org', '+992 00 000 0101', 'Ministry of Justice, Dushanbe',
     'Careful and legalistic; repeats that registration is a technical matter. Receptive to training offers for judges.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P02
    ('30000000-0000-4000-8000-000000000002', 'Zarina Qodirova', ARRAY['Зарина Қодирова', 'Зарина Кадырова', 'Zarina Kodirova', 'Zarina Kadyrova', 'زرینه قادروا']::text[],
     'Head of the Department for Registration of Political Parties and Public Associations', '', '+992 00 000 0102', '',
     'Handles the files of the Social Democrats and of both wings of the Democratic Party.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P03
    ('30000000-0000-4000-8000-000000000003', 'Bakhtiyor Olimov', ARRAY['Бахтиёр Олимов', 'Бахтиер Алимов', 'Bakhtiyer Alimov', 'Baxtiyor Olimov', 'بختیار عالم‌اف']::text[],
     'Counsellor', 'b.olimov@example.org', '', '',
     'Headed the International Organisations department until the end of July 2000, then posted to New York.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P04
    ('30000000-0000-4000-8000-000000000004', 'Jamshed Hasanov', ARRAY['Ҷамшед Ҳасанов', 'Джамшед Хасанов', 'Jamshed Khasanov', 'Dzhamshed Khasanov', 'جمشید حسن‌اف']::text[],
     'Acting Head, Department of International Organisations', 'j.hasanov@example.org', '+992 00 000 0104', '',
     'Day-to-day contact at the Ministry of Foreign Affairs. Speaks English.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P05
    ('30000000-0000-4000-8000-000000000005', 'Kamoliddin Sadulloev', ARRAY['Камолиддин Саъдуллоев', 'Камолиддин Садуллоев', 'Kamoliddin Sadulloyev', 'کمال‌الدین سعدالله‌اف']::text[],
     'Deputy Minister of Internal Affairs', '', '+992 00 000 0105', '',
     'Responsible for the voluntary arms-collection campaign. Prefers meetings at the Ministry, early in the day.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P06
    ('30000000-0000-4000-8000-000000000006', 'Nurali Bobokalonov', ARRAY['Нуралӣ Бобокалонов', 'Нурали Бобокалонов', 'Nurali Babakalonov', 'نورعلی باباکلان‌اف']::text[],
     'Colonel; Head of Department for the Integration of Former UTO Units', '', '', '',
     'Military protocol veteran; frank about shortfalls but will not give numbers without clearance.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P07
    ('30000000-0000-4000-8000-000000000007', 'Gulnora Yusupova', ARRAY['Гулнора Юсупова', 'Gulnara Yusupova', 'Gulnora Yusupowa', 'گلنوره یوسف‌اوا']::text[],
     'Head of the Employment Department', 'g.yusupova@example.org', '+992 00 000 0107', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P08
    ('30000000-0000-4000-8000-000000000008', 'Saidmurod Khojaev', ARRAY['Саидмурод Хоҷаев', 'Саидмурод Ходжаев', 'Saidmurod Khodzhaev', 'Saidmurod Hojaev', 'سیدمراد خواجه‌اف']::text[],
     'Deputy Head of the Migration Service', '', '+992 00 000 0108', '',
     'Knows the returnee caseload by district; short of staff and transport.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P09
    ('30000000-0000-4000-8000-000000000009', 'Muhabbat Rajabova', ARRAY['Муҳаббат Раҷабова', 'Мухаббат Раджабова', 'Mukhabbat Radjabova', 'Muhabbat Rajabova', 'محبت رجب‌اوا']::text[],
     'Deputy Minister of Education', '', '', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P10
    ('30000000-0000-4000-8000-000000000010', 'Anvar Qurbonov', ARRAY['Анвар Қурбонов', 'Анвар Курбанов', 'Anvar Kurbonov', 'Anvar Kurbanov', 'انور قربان‌اف']::text[],
     'Head of the Department for Regional Development', 'a.qurbonov@example.org', '+992 00 000 0110', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P11
    ('30000000-0000-4000-8000-000000000011', 'Rustam Sangov', ARRAY['Рустам Сангов', 'Rustam Sangow', 'رستم سنگ‌اف']::text[],
     'First Deputy Chairman, Khatlon Oblast Hukumat', 'r.sangov@example.org', '+992 00 000 0111', '',
     'Long-time head of the Executive Office department dealing with political parties; moved to Khatlon in August 2000. Well connected; his word carries weight with district chairmen.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P12
    ('30000000-0000-4000-8000-000000000012', 'Ilhom Davlatshoev', ARRAY['Илҳом Давлатшоев', 'Ильхом Давлатшоев', 'Ilkhom Davlatshoev', 'Ilhom Davlatshoyev', 'الهام دولتشاه‌اف']::text[],
     'Head of Department, Executive Office of the President', 'i.davlatshoev@example.org', '+992 00 000 0112', '',
     'Succeeded Rustam Sangov in August 2000. More open than his predecessor to inviting unregistered parties as observers.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P13
    ('30000000-0000-4000-8000-000000000013', 'Odina Haydarov', ARRAY['Одина Ҳайдаров', 'Одина Хайдаров', 'Odina Khaydarov', 'Odina Haidarov', 'آدینه حیدراف']::text[],
     'Member of the Majlisi Namoyandagon', '', '', '',
     'Sat on the Commission on National Reconciliation for the Government side; now a PDPT deputy working on legal affairs.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P14
    ('30000000-0000-4000-8000-000000000014', 'Abdusalom Qahhorov', ARRAY['Абдусалом Қаҳҳоров', 'Абдусалом Каххаров', 'Abdusalom Kakharov', 'Abdusalom Qahhorov', 'عبدالسلام قهاراف']::text[],
     'Member of the Majlisi Namoyandagon', '', '+992 00 000 0114', '',
     'Sat on the Commission on National Reconciliation for the UTO side. Speaks for the IRPT on amnesty and arms collection; from the Rasht valley. Prefers to meet away from party headquarters.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P15
    ('30000000-0000-4000-8000-000000000015', 'Mirzo Zafarov', ARRAY['Мирзо Зафаров', 'Mirzo Zafarow', 'میرزا ظفراف']::text[],
     'Secretary of the Central Commission on Elections and Referenda', '', '+992 00 000 0115', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P16
    ('30000000-0000-4000-8000-000000000016', 'Malika Saidova', ARRAY['Малика Саидова', 'Malika Saydova', 'ملیکه سعیدوا']::text[],
     'Member of the Central Commission on Elections and Referenda', '', '', '',
     'Nominated under the opposition''s share of commission seats.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P17
    ('30000000-0000-4000-8000-000000000017', 'Sohib Qurbonaliev', ARRAY['Соҳиб Қурбоналиев', 'Сохиб Курбоналиев', 'Sokhib Kurbonaliev', 'Sohib Qurbonaliyev', 'صاحب قربانعلی‌اف']::text[],
     'Member of the Majlisi Namoyandagon', '', '', '',
     'PDPT deputy; chairs meetings of deputies on legislation and human rights questions.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P18
    ('30000000-0000-4000-8000-000000000018', 'Tohir Bobojonov', ARRAY['Тоҳир Бобоҷонов', 'Тохир Бободжанов', 'Tokhir Bobodzhanov', 'Tohir Bobojonov', 'طاهر باباجان‌اف']::text[],
     'Head of the Legal Department, Staff of the Majlisi Milli', '', '+992 00 000 0118', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P19
    ('30000000-0000-4000-8000-000000000019', 'Jahongir Valiev', ARRAY['Ҷаҳонгир Валиев', 'Джахонгир Валиев', 'Dzhakhongir Valiev', 'Jahongir Valiyev', 'جهانگیر ولی‌اف']::text[],
     'Senior Assistant to the Prosecutor General', '', '+992 00 000 0119', '',
     'Holds the amnesty case files. Moved from refusing to discuss lists to reviewing them case by case.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P20
    ('30000000-0000-4000-8000-000000000020', 'Firuz Mirov', ARRAY['Фирӯз Миров', 'Фируз Миров', 'Firuz Mirov', 'Firouz Mirov', 'فیروز میراف']::text[],
     'Deputy Minister of Economy', 'f.mirov@example.org', '', '',
     'Deputy chairman in Khatlon until August 2000, then Deputy Minister of Economy; keeps his interest in the Khatlon recovery programme.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P21
    ('30000000-0000-4000-8000-000000000021', 'Zafar Ergashev', ARRAY['Зафар Эргашев', 'Zafar Ergashew', 'ظفر ارگش‌اف']::text[],
     'Deputy Chairman, Sughd Oblast Hukumat', '', '+992 00 000 0121', 'Khujand',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P22
    ('30000000-0000-4000-8000-000000000022', 'Mamadsho Qurbonshoev', ARRAY['Мамадшо Қурбоншоев', 'Мамадшо Курбоншоев', 'Mamadsho Kurbonshoev', 'Mamadsho Qurbonshoyev', 'محمدشاه قربانشاه‌اف']::text[],
     'Deputy Chairman, GBAO Hukumat', '', '', 'Khorog',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P23
    ('30000000-0000-4000-8000-000000000023', 'Hayot Sharifov', ARRAY['Ҳаёт Шарифов', 'Хаёт Шарифов', 'Khayot Sharifov', 'Hayat Sharifov', 'حیات شریف‌اف']::text[],
     'Deputy Chairman, Tavildara District Hukumat', '', '', 'Tavildara',
     'Former UTO field officer appointed under the opposition quota. Knows most former fighters in the district personally.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P24
    ('30000000-0000-4000-8000-000000000024', 'Nigina Ahmadova', ARRAY['Нигина Аҳмадова', 'Нигина Ахмадова', 'Nigina Akhmadova', 'نگینه احمدوا']::text[],
     'Head of the Department for Women and Family Affairs, Dushanbe City Hukumat', 'n.ahmadova@example.org', '+992 00 000 0124', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P25
    ('30000000-0000-4000-8000-000000000025', 'Abduvohid Kholov', ARRAY['Абдувоҳид Холов', 'Абдувохид Холов', 'Abduvokhid Kholov', 'Abdulvohid Holov', 'عبدالواحد خالاف']::text[],
     'Head of the Organisational Department, PDPT Executive Committee', '', '+992 00 000 0125', '',
     'Speaks for the PDPT on elections. Hardened after the IRPT''s public criticism of the February vote.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P26
    ('30000000-0000-4000-8000-000000000026', 'Nurullo Hikmatov', ARRAY['Нурулло Ҳикматов', 'Нурулло Хикматов', 'Nurullo Khikmatov', 'Nurullah Hikmatov', 'نورالله حکمت‌اف']::text[],
     'Member of the Presidium, IRPT Political Council', '', '+992 00 000 0126', '',
     'Main IRPT interlocutor on amnesty, arms collection and the 30 per cent quota.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P27
    ('30000000-0000-4000-8000-000000000027', 'Sadriddin Umarov', ARRAY['Садриддин Умаров', 'Sadriddin Umarow', 'صدرالدین عمراف']::text[],
     'Head of the International Relations Department, IRPT', 's.umarov@example.org', '', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P28
    ('30000000-0000-4000-8000-000000000028', 'Valijon Ismatov', ARRAY['Валиҷон Исматов', 'Валиджон Исматов', 'Validzhon Ismatov', 'Valijon Ismatov', 'ولی‌جان عصمت‌اف']::text[],
     'Secretary of the Central Committee, Communist Party of Tajikistan', '', '+992 00 000 0128', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P29
    ('30000000-0000-4000-8000-000000000029', 'Abdulhamid Raufov', ARRAY['Абдулҳамид Рауфов', 'Абдулхамид Рауфов', 'Abdulkhamid Raufov', 'عبدالحمید رئوف‌اف']::text[],
     'Member of the Presidium, Democratic Party of Tajikistan', '', '', '',
     'Belongs to the wing whose registration the Ministry of Justice disputes.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P30
    ('30000000-0000-4000-8000-000000000030', 'Nozim Fayzulloev', ARRAY['Нозим Файзуллоев', 'Nozim Faizulloev', 'Nozim Fayzulloyev', 'ناظم فیض‌الله‌اف']::text[],
     'Adviser to the Chairman, Socialist Party of Tajikistan', '', '', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P31
    ('30000000-0000-4000-8000-000000000031', 'Bahrom Ibodov', ARRAY['Баҳром Ибодов', 'Бахром Ибодов', 'Bakhrom Ibodov', 'Bahrom Ibodov', 'بهرام عباداف']::text[],
     'Executive Secretary, Party of Economic Reforms', 'b.ibodov@example.org', '', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P32
    ('30000000-0000-4000-8000-000000000032', 'Tahmina Zokirova', ARRAY['Таҳмина Зокирова', 'Тахмина Закирова', 'Takhmina Zakirova', 'Tahmina Zokirova', 'تهمینه ذاکروا']::text[],
     'Lawyer; founding member of the Social Democratic Party', 't.zokirova@example.org', '+992 00 000 0132', '',
     'Drafts the Social Democrats'' registration papers. Also active in the League of Women Lawyers.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P33
    ('30000000-0000-4000-8000-000000000033', 'Shahlo Rasulova', ARRAY['Шаҳло Расулова', 'Шахло Расулова', 'Shakhlo Rasulova', 'شهلا رسول‌اوا']::text[],
     'Programme Director, League of Women Lawyers of Tajikistan', 's.rasulova@example.org', '+992 00 000 0133', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P34
    ('30000000-0000-4000-8000-000000000034', 'Jamshed Odinaev', ARRAY['Ҷамшед Одинаев', 'Джамшед Одинаев', 'Dzhamshed Odinaev', 'Jamshed Odinayev', 'جمشید آدینه‌اف']::text[],
     'Programme Coordinator, Trial Monitoring', 'j.odinaev@example.org', '', '',
     'Share case material only in anonymised form.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P35
    ('30000000-0000-4000-8000-000000000035', 'Khurshed Ashurmadov', ARRAY['Хуршед Ашурмадов', 'Khurshed Oshurmadov', 'Khurshed Ashurmadow', 'خورشید عاشورمداف']::text[],
     'Programme Officer, NANSMIT', 'k.ashurmadov@example.org', '', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P36
    ('30000000-0000-4000-8000-000000000036', 'Parviz Tursunov', ARRAY['Парвиз Турсунов', 'Parwiz Tursunov', 'پرویز تورسون‌اف']::text[],
     'Programme Director, Civil Society, Open Society Institute – Tajikistan', 'p.tursunov@example.org', '+992 00 000 0136', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P37
    ('30000000-0000-4000-8000-000000000037', 'Dilorom Saidalieva', ARRAY['Дилором Саидалиева', 'Dilorom Saydalieva', 'Dilorom Saidaliyeva', 'دلارام سیدعلی‌اوا']::text[],
     'Head of the Disaster Preparedness Department, Red Crescent Society of Tajikistan', '', '+992 00 000 0137', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P38
    ('30000000-0000-4000-8000-000000000038', 'Saidali Rizoev', ARRAY['Саидалӣ Ризоев', 'Саидали Ризоев', 'Saidali Rizoyev', 'سیدعلی رضااف']::text[],
     'Member of the Board, ANTIT', '', '', '',
     'Economist; organises the Association''s round-tables.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P39
    ('30000000-0000-4000-8000-000000000039', 'Abdurahmon Hakimov', ARRAY['Абдураҳмон Ҳакимов', 'Абдурахмон Хакимов', 'Abdurakhmon Khakimov', 'Abdurahmon Hakimov', 'عبدالرحمن حکیم‌اف']::text[],
     'Domullo; member of the Council of Ulema', '', '', '',
     'Respected scholar; receives visitors after midday prayers. Use an interpreter for Tajik.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P40
    ('30000000-0000-4000-8000-000000000040', 'Firuza Ashurova', ARRAY['Фирӯза Ашурова', 'Фируза Ашурова', 'Firuza Ashurova', 'فیروزه عاشوروا']::text[],
     'Correspondent, Asia-Plus', 'f.ashurova@example.org', '', '',
     'Treat conversations as on the record unless agreed otherwise.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P41
    ('30000000-0000-4000-8000-000000000041', 'Hanna Lindroos', ARRAY['Ханна Линдроос', 'Hanna Lindros']::text[],
     'Human Dimension Officer, OSCE Mission to Tajikistan', 'h.lindroos@example.org', '', '',
     'Left the OSCE Mission at the beginning of September 2000.',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P42
    ('30000000-0000-4000-8000-000000000042', 'Orzu Hamidova', ARRAY['Орзу Ҳамидова', 'Орзу Хамидова', 'Orzu Khamidova', 'آرزو حمیدوا']::text[],
     'Programme Analyst, Reintegration, UNDP Tajikistan', 'o.hamidova@example.org', '+992 00 000 0142', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P43
    ('30000000-0000-4000-8000-000000000043', 'Julien Marchetto', ARRAY['Жюльен Маркетто']::text[],
     'Protection Officer, UNHCR', 'j.marchetto@example.org', '', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P44
    ('30000000-0000-4000-8000-000000000044', 'Sofia Brandtner', ARRAY['София Брандтнер']::text[],
     'Delegate, ICRC', 's.brandtner@example.org', '', '',
     '',
     '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),
    -- P45
    ('30000000-0000-4000-8000-000000000045', 'Matthias Ebner-Kolb', ARRAY['Маттиас Эбнер-Кольб', 'Matthias Ebner Kolb']::text[],
     'Human Dimension Officer, OSCE Mission to Tajikistan', 'm.ebner-kolb@example.org', '', '',
     'Arrived at the end of August 2000 to replace Hanna Lindroos.',
     '2000-08-31 12:00:00+05', '2000-08-31 12:00:00+05');

-- Affiliations. Several change during the period, so "who represented X on date D" has
-- different answers over time (Executive Office, Khatlon Hukumat, Foreign Affairs, OSCE).
INSERT INTO affiliations (id, person_id, organization_id, role, valid_from, valid_to, version, created_at, updated_at) VALUES
    ('40000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000002', 'Deputy Minister', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P01 Farhod Nurmatov / O02
    ('40000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000002', 'Head, Department for Registration of Political Parties and Public Associations', '1998-03-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P02 Zarina Qodirova / O02
    ('40000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000003', 'Head, Department of International Organisations', '1997-09-01', '2000-07-31', 2, '2000-06-01 09:00:00+05', '2000-07-31 17:00:00+05'),  -- P03 Bakhtiyor Olimov / O03
    ('40000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000041', 'Counsellor', '2000-08-01', NULL, 1, '2000-08-01 12:00:00+05', '2000-08-01 12:00:00+05'),  -- P03 Bakhtiyor Olimov / O41
    ('40000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000003', 'Desk officer, Department of International Organisations', '1999-01-15', '2000-07-31', 2, '2000-06-01 09:00:00+05', '2000-07-31 17:00:00+05'),  -- P04 Jamshed Hasanov / O03
    ('40000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000003', 'Acting Head, Department of International Organisations', '2000-08-01', NULL, 1, '2000-08-01 12:00:00+05', '2000-08-01 12:00:00+05'),  -- P04 Jamshed Hasanov / O03
    ('40000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000004', 'Deputy Minister', '1999-04-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P05 Kamoliddin Sadulloev / O04
    ('40000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000006', '20000000-0000-4000-8000-000000000005', 'Head, Department for the Integration of Former UTO Units', '1998-02-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P06 Nurali Bobokalonov / O05
    ('40000000-0000-4000-8000-000000000009', '30000000-0000-4000-8000-000000000007', '20000000-0000-4000-8000-000000000006', 'Head, Employment Department', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P07 Gulnora Yusupova / O06
    ('40000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000008', '20000000-0000-4000-8000-000000000007', 'Deputy Head', '1998-06-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P08 Saidmurod Khojaev / O07
    ('40000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000009', '20000000-0000-4000-8000-000000000008', 'Deputy Minister', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P09 Muhabbat Rajabova / O08
    ('40000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000010', '20000000-0000-4000-8000-000000000009', 'Head, Department for Regional Development', '1999-10-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P10 Anvar Qurbonov / O09
    ('40000000-0000-4000-8000-000000000013', '30000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000001', 'Head, Department for Political Parties and Public Associations', '1997-11-01', '2000-08-15', 2, '2000-06-01 09:00:00+05', '2000-08-15 17:00:00+05'),  -- P11 Rustam Sangov / O01
    ('40000000-0000-4000-8000-000000000014', '30000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000016', 'First Deputy Chairman', '2000-08-21', NULL, 1, '2000-08-21 12:00:00+05', '2000-08-21 12:00:00+05'),  -- P11 Rustam Sangov / O16
    ('40000000-0000-4000-8000-000000000015', '30000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000021', 'Member', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P11 Rustam Sangov / O21
    ('40000000-0000-4000-8000-000000000016', '30000000-0000-4000-8000-000000000012', '20000000-0000-4000-8000-000000000001', 'Deputy Head, Department for Political Parties and Public Associations', '1999-05-01', '2000-08-15', 2, '2000-06-01 09:00:00+05', '2000-08-15 17:00:00+05'),  -- P12 Ilhom Davlatshoev / O01
    ('40000000-0000-4000-8000-000000000017', '30000000-0000-4000-8000-000000000012', '20000000-0000-4000-8000-000000000001', 'Head, Department for Political Parties and Public Associations', '2000-08-16', NULL, 1, '2000-08-16 12:00:00+05', '2000-08-16 12:00:00+05'),  -- P12 Ilhom Davlatshoev / O01
    ('40000000-0000-4000-8000-000000000018', '30000000-0000-4000-8000-000000000013', '20000000-0000-4000-8000-000000000010', 'Member, Sub-commission on Legal Questions (Government delegation)', '1997-07-15', '2000-03-31', 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P13 Odina Haydarov / O10
    ('40000000-0000-4000-8000-000000000019', '30000000-0000-4000-8000-000000000013', '20000000-0000-4000-8000-000000000013', 'Deputy (PDPT)', '2000-04-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P13 Odina Haydarov / O13
    ('40000000-0000-4000-8000-000000000020', '30000000-0000-4000-8000-000000000013', '20000000-0000-4000-8000-000000000021', 'Member', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P13 Odina Haydarov / O21
    ('40000000-0000-4000-8000-000000000021', '30000000-0000-4000-8000-000000000014', '20000000-0000-4000-8000-000000000010', 'Member, Sub-commission on Political Questions (UTO delegation)', '1997-07-15', '2000-03-31', 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P14 Abdusalom Qahhorov / O10
    ('40000000-0000-4000-8000-000000000022', '30000000-0000-4000-8000-000000000014', '20000000-0000-4000-8000-000000000022', 'Member, Political Council', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P14 Abdusalom Qahhorov / O22
    ('40000000-0000-4000-8000-000000000023', '30000000-0000-4000-8000-000000000014', '20000000-0000-4000-8000-000000000013', 'Deputy (IRPT list)', '2000-04-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P14 Abdusalom Qahhorov / O13
    ('40000000-0000-4000-8000-000000000024', '30000000-0000-4000-8000-000000000015', '20000000-0000-4000-8000-000000000011', 'Secretary', '1999-07-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P15 Mirzo Zafarov / O11
    ('40000000-0000-4000-8000-000000000025', '30000000-0000-4000-8000-000000000016', '20000000-0000-4000-8000-000000000011', 'Member', '1999-07-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P16 Malika Saidova / O11
    ('40000000-0000-4000-8000-000000000026', '30000000-0000-4000-8000-000000000017', '20000000-0000-4000-8000-000000000013', 'Deputy (PDPT)', '2000-04-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P17 Sohib Qurbonaliev / O13
    ('40000000-0000-4000-8000-000000000027', '30000000-0000-4000-8000-000000000017', '20000000-0000-4000-8000-000000000021', 'Member, Political Council', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P17 Sohib Qurbonaliev / O21
    ('40000000-0000-4000-8000-000000000028', '30000000-0000-4000-8000-000000000018', '20000000-0000-4000-8000-000000000014', 'Head, Legal Department', '2000-04-15', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P18 Tohir Bobojonov / O14
    ('40000000-0000-4000-8000-000000000029', '30000000-0000-4000-8000-000000000019', '20000000-0000-4000-8000-000000000015', 'Senior Assistant to the Prosecutor General', '1998-09-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P19 Jahongir Valiev / O15
    ('40000000-0000-4000-8000-000000000030', '30000000-0000-4000-8000-000000000020', '20000000-0000-4000-8000-000000000016', 'Deputy Chairman', '1998-01-10', '2000-08-20', 2, '2000-06-01 09:00:00+05', '2000-08-20 17:00:00+05'),  -- P20 Firuz Mirov / O16
    ('40000000-0000-4000-8000-000000000031', '30000000-0000-4000-8000-000000000020', '20000000-0000-4000-8000-000000000009', 'Deputy Minister', '2000-09-01', NULL, 1, '2000-09-01 12:00:00+05', '2000-09-01 12:00:00+05'),  -- P20 Firuz Mirov / O09
    ('40000000-0000-4000-8000-000000000032', '30000000-0000-4000-8000-000000000021', '20000000-0000-4000-8000-000000000017', 'Deputy Chairman', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P21 Zafar Ergashev / O17
    ('40000000-0000-4000-8000-000000000033', '30000000-0000-4000-8000-000000000022', '20000000-0000-4000-8000-000000000018', 'Deputy Chairman', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P22 Mamadsho Qurbonshoev / O18
    ('40000000-0000-4000-8000-000000000034', '30000000-0000-4000-8000-000000000023', '20000000-0000-4000-8000-000000000019', 'Deputy Chairman (opposition quota)', '1998-05-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P23 Hayot Sharifov / O19
    ('40000000-0000-4000-8000-000000000035', '30000000-0000-4000-8000-000000000023', '20000000-0000-4000-8000-000000000022', 'Member', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P23 Hayot Sharifov / O22
    ('40000000-0000-4000-8000-000000000036', '30000000-0000-4000-8000-000000000024', '20000000-0000-4000-8000-000000000020', 'Head, Department for Women and Family Affairs', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P24 Nigina Ahmadova / O20
    ('40000000-0000-4000-8000-000000000037', '30000000-0000-4000-8000-000000000025', '20000000-0000-4000-8000-000000000021', 'Head, Organisational Department, Executive Committee', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P25 Abduvohid Kholov / O21
    ('40000000-0000-4000-8000-000000000038', '30000000-0000-4000-8000-000000000026', '20000000-0000-4000-8000-000000000022', 'Member of the Presidium, Political Council', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P26 Nurullo Hikmatov / O22
    ('40000000-0000-4000-8000-000000000039', '30000000-0000-4000-8000-000000000027', '20000000-0000-4000-8000-000000000022', 'Head, International Relations Department', '1999-09-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P27 Sadriddin Umarov / O22
    ('40000000-0000-4000-8000-000000000040', '30000000-0000-4000-8000-000000000028', '20000000-0000-4000-8000-000000000023', 'Secretary of the Central Committee', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P28 Valijon Ismatov / O23
    ('40000000-0000-4000-8000-000000000041', '30000000-0000-4000-8000-000000000029', '20000000-0000-4000-8000-000000000024', 'Member of the Presidium', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P29 Abdulhamid Raufov / O24
    ('40000000-0000-4000-8000-000000000042', '30000000-0000-4000-8000-000000000030', '20000000-0000-4000-8000-000000000025', 'Adviser to the Chairman', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P30 Nozim Fayzulloev / O25
    ('40000000-0000-4000-8000-000000000043', '30000000-0000-4000-8000-000000000031', '20000000-0000-4000-8000-000000000026', 'Executive Secretary', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P31 Bahrom Ibodov / O26
    ('40000000-0000-4000-8000-000000000044', '30000000-0000-4000-8000-000000000032', '20000000-0000-4000-8000-000000000027', 'Founding member; legal adviser', '1998-12-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P32 Tahmina Zokirova / O27
    ('40000000-0000-4000-8000-000000000045', '30000000-0000-4000-8000-000000000032', '20000000-0000-4000-8000-000000000031', 'Member', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P32 Tahmina Zokirova / O31
    ('40000000-0000-4000-8000-000000000046', '30000000-0000-4000-8000-000000000033', '20000000-0000-4000-8000-000000000031', 'Programme Director', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P33 Shahlo Rasulova / O31
    ('40000000-0000-4000-8000-000000000047', '30000000-0000-4000-8000-000000000034', '20000000-0000-4000-8000-000000000028', 'Programme Coordinator, Trial Monitoring', '1999-03-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P34 Jamshed Odinaev / O28
    ('40000000-0000-4000-8000-000000000048', '30000000-0000-4000-8000-000000000035', '20000000-0000-4000-8000-000000000029', 'Programme Officer', '2000-02-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P35 Khurshed Ashurmadov / O29
    ('40000000-0000-4000-8000-000000000049', '30000000-0000-4000-8000-000000000036', '20000000-0000-4000-8000-000000000030', 'Programme Director, Civil Society', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P36 Parviz Tursunov / O30
    ('40000000-0000-4000-8000-000000000050', '30000000-0000-4000-8000-000000000036', '20000000-0000-4000-8000-000000000033', 'Member', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P36 Parviz Tursunov / O33
    ('40000000-0000-4000-8000-000000000051', '30000000-0000-4000-8000-000000000037', '20000000-0000-4000-8000-000000000032', 'Head, Disaster Preparedness Department', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P37 Dilorom Saidalieva / O32
    ('40000000-0000-4000-8000-000000000052', '30000000-0000-4000-8000-000000000038', '20000000-0000-4000-8000-000000000033', 'Member of the Board', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P38 Saidali Rizoev / O33
    ('40000000-0000-4000-8000-000000000053', '30000000-0000-4000-8000-000000000039', '20000000-0000-4000-8000-000000000035', 'Member', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P39 Abdurahmon Hakimov / O35
    ('40000000-0000-4000-8000-000000000054', '30000000-0000-4000-8000-000000000039', '20000000-0000-4000-8000-000000000034', 'Teacher', NULL, NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P39 Abdurahmon Hakimov / O34
    ('40000000-0000-4000-8000-000000000055', '30000000-0000-4000-8000-000000000040', '20000000-0000-4000-8000-000000000036', 'Correspondent', '1998-01-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P40 Firuza Ashurova / O36
    ('40000000-0000-4000-8000-000000000056', '30000000-0000-4000-8000-000000000041', '20000000-0000-4000-8000-000000000037', 'Human Dimension Officer', '1999-09-01', '2000-09-02', 2, '2000-06-01 09:00:00+05', '2000-09-02 17:00:00+05'),  -- P41 Hanna Lindroos / O37
    ('40000000-0000-4000-8000-000000000057', '30000000-0000-4000-8000-000000000045', '20000000-0000-4000-8000-000000000037', 'Human Dimension Officer', '2000-08-28', NULL, 1, '2000-08-28 12:00:00+05', '2000-08-28 12:00:00+05'),  -- P45 Matthias Ebner-Kolb / O37
    ('40000000-0000-4000-8000-000000000058', '30000000-0000-4000-8000-000000000042', '20000000-0000-4000-8000-000000000038', 'Programme Analyst, Reintegration', '1999-11-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P42 Orzu Hamidova / O38
    ('40000000-0000-4000-8000-000000000059', '30000000-0000-4000-8000-000000000043', '20000000-0000-4000-8000-000000000039', 'Protection Officer', '1999-06-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05'),  -- P43 Julien Marchetto / O39
    ('40000000-0000-4000-8000-000000000060', '30000000-0000-4000-8000-000000000044', '20000000-0000-4000-8000-000000000040', 'Delegate', '2000-03-01', NULL, 1, '2000-06-01 09:00:00+05', '2000-06-01 09:00:00+05');  -- P44 Sofia Brandtner / O40

-- Influence ratings (1-5) as judged on a date; the latest is current.
INSERT INTO influence_ratings (person_id, organization_id, rating, as_of, recorded_at) VALUES
    (NULL, '20000000-0000-4000-8000-000000000001', 5, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O01 Executive Office of the President of the Republic of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000002', 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O02 Ministry of Justice
    (NULL, '20000000-0000-4000-8000-000000000003', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O03 Ministry of Foreign Affairs
    (NULL, '20000000-0000-4000-8000-000000000004', 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O04 Ministry of Internal Affairs
    (NULL, '20000000-0000-4000-8000-000000000005', 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O05 Ministry of Defence
    (NULL, '20000000-0000-4000-8000-000000000006', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O06 Ministry of Labour and Social Protection
    (NULL, '20000000-0000-4000-8000-000000000006', 3, '2000-08-18', '2000-08-18 18:00:00+05'),  -- O06 Ministry of Labour and Social Protection
    (NULL, '20000000-0000-4000-8000-000000000007', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O07 Migration Service (refugees and forced migrants)
    (NULL, '20000000-0000-4000-8000-000000000009', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O09 Ministry of Economy
    (NULL, '20000000-0000-4000-8000-000000000010', 5, '2000-01-15', '2000-06-01 09:30:00+05'),  -- O10 Commission on National Reconciliation
    (NULL, '20000000-0000-4000-8000-000000000010', 1, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O10 Commission on National Reconciliation
    (NULL, '20000000-0000-4000-8000-000000000011', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O11 Central Commission on Elections and Referenda
    (NULL, '20000000-0000-4000-8000-000000000012', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O12 Majlisi Oli
    (NULL, '20000000-0000-4000-8000-000000000013', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O13 Majlisi Namoyandagon
    (NULL, '20000000-0000-4000-8000-000000000014', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O14 Majlisi Milli
    (NULL, '20000000-0000-4000-8000-000000000015', 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O15 Prosecutor General's Office
    (NULL, '20000000-0000-4000-8000-000000000016', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O16 Khatlon Oblast Hukumat
    (NULL, '20000000-0000-4000-8000-000000000016', 4, '2000-08-22', '2000-08-22 18:00:00+05'),  -- O16 Khatlon Oblast Hukumat
    (NULL, '20000000-0000-4000-8000-000000000017', 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O17 Sughd Oblast Hukumat
    (NULL, '20000000-0000-4000-8000-000000000018', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O18 GBAO Hukumat
    (NULL, '20000000-0000-4000-8000-000000000019', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O19 Tavildara District Hukumat
    (NULL, '20000000-0000-4000-8000-000000000019', 3, '2000-09-13', '2000-09-13 18:00:00+05'),  -- O19 Tavildara District Hukumat
    (NULL, '20000000-0000-4000-8000-000000000020', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O20 Dushanbe City Hukumat
    (NULL, '20000000-0000-4000-8000-000000000021', 5, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O21 People's Democratic Party of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000022', 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O22 Islamic Revival Party of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000022', 3, '2000-09-06', '2000-09-06 18:00:00+05'),  -- O22 Islamic Revival Party of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000023', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O23 Communist Party of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000023', 2, '2000-08-10', '2000-08-10 18:00:00+05'),  -- O23 Communist Party of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000024', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O24 Democratic Party of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000025', 1, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O25 Socialist Party of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000026', 1, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O26 Party of Economic Reforms of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000027', 1, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O27 Social Democratic Party of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000027', 2, '2000-09-04', '2000-09-04 18:00:00+05'),  -- O27 Social Democratic Party of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000028', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O28 Bureau on Human Rights and Rule of Law
    (NULL, '20000000-0000-4000-8000-000000000029', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O29 National Association of Independent Mass Media of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000030', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O30 Open Society Institute – Assistance Foundation Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000031', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O31 League of Women Lawyers of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000032', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O32 Red Crescent Society of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000033', 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O33 Association of Scientific and Technical Intelligentsia of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000034', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O34 Islamic Centre of Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000035', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O35 Council of Ulema
    (NULL, '20000000-0000-4000-8000-000000000036', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O36 Asia-Plus
    (NULL, '20000000-0000-4000-8000-000000000037', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O37 OSCE Mission to Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000038', 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O38 UNDP Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000039', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O39 UNHCR Tajikistan
    (NULL, '20000000-0000-4000-8000-000000000040', 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- O40 International Committee of the Red Cross
    ('30000000-0000-4000-8000-000000000011', NULL, 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P11 Rustam Sangov
    ('30000000-0000-4000-8000-000000000011', NULL, 3, '2000-08-21', '2000-08-21 18:00:00+05'),  -- P11 Rustam Sangov
    ('30000000-0000-4000-8000-000000000012', NULL, 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P12 Ilhom Davlatshoev
    ('30000000-0000-4000-8000-000000000012', NULL, 4, '2000-08-16', '2000-08-16 18:00:00+05'),  -- P12 Ilhom Davlatshoev
    ('30000000-0000-4000-8000-000000000026', NULL, 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P26 Nurullo Hikmatov
    ('30000000-0000-4000-8000-000000000014', NULL, 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P14 Abdusalom Qahhorov
    ('30000000-0000-4000-8000-000000000014', NULL, 4, '2000-07-19', '2000-07-19 18:00:00+05'),  -- P14 Abdusalom Qahhorov
    ('30000000-0000-4000-8000-000000000025', NULL, 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P25 Abduvohid Kholov
    ('30000000-0000-4000-8000-000000000001', NULL, 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P01 Farhod Nurmatov
    ('30000000-0000-4000-8000-000000000005', NULL, 4, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P05 Kamoliddin Sadulloev
    ('30000000-0000-4000-8000-000000000019', NULL, 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P19 Jahongir Valiev
    ('30000000-0000-4000-8000-000000000023', NULL, 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P23 Hayot Sharifov
    ('30000000-0000-4000-8000-000000000003', NULL, 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P03 Bakhtiyor Olimov
    ('30000000-0000-4000-8000-000000000003', NULL, 2, '2000-08-01', '2000-08-01 18:00:00+05'),  -- P03 Bakhtiyor Olimov
    ('30000000-0000-4000-8000-000000000004', NULL, 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P04 Jamshed Hasanov
    ('30000000-0000-4000-8000-000000000004', NULL, 3, '2000-08-01', '2000-08-01 18:00:00+05'),  -- P04 Jamshed Hasanov
    ('30000000-0000-4000-8000-000000000015', NULL, 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P15 Mirzo Zafarov
    ('30000000-0000-4000-8000-000000000017', NULL, 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P17 Sohib Qurbonaliev
    ('30000000-0000-4000-8000-000000000039', NULL, 3, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P39 Abdurahmon Hakimov
    ('30000000-0000-4000-8000-000000000039', NULL, 4, '2000-09-21', '2000-09-21 18:00:00+05'),  -- P39 Abdurahmon Hakimov
    ('30000000-0000-4000-8000-000000000033', NULL, 2, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P33 Shahlo Rasulova
    ('30000000-0000-4000-8000-000000000032', NULL, 1, '2000-06-01', '2000-06-01 09:30:00+05'),  -- P32 Tahmina Zokirova
    ('30000000-0000-4000-8000-000000000032', NULL, 2, '2000-09-04', '2000-09-04 18:00:00+05'),  -- P32 Tahmina Zokirova
    ('30000000-0000-4000-8000-000000000020', NULL, 3, '2000-06-01', '2000-06-01 09:30:00+05');  -- P20 Firuz Mirov

-- Issues
INSERT INTO issues (id, title, description, objectives, created_at, updated_at) VALUES
    -- I01
    ('50000000-0000-4000-8000-000000000001', 'Amnesty law implementation',
     'Application of the amnesty to former UTO members still detained or wanted. Stance: +2 presses for full and prompt application, -2 resists applying it beyond a narrow reading.',
     ARRAY['c', 'd']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I02
    ('50000000-0000-4000-8000-000000000002', 'Reintegration of former UTO fighters',
     'Employment, retraining and social support for discharged former opposition fighters, and integration of those who joined the armed forces. Stance: +2 actively supports and commits resources, -2 opposes special programmes.',
     ARRAY['a', 'b', 'd']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I03
    ('50000000-0000-4000-8000-000000000003', 'Electoral law review after the 2000 parliamentary elections',
     'Follow-up to the recommendations of the joint OSCE/ODIHR-UN observation of the February 2000 elections: observers, counting, complaints, commission composition. Stance: +2 wants substantial amendments, -2 rejects any change.',
     ARRAY['c', 'd']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I04
    ('50000000-0000-4000-8000-000000000004', 'Return and reintegration of refugees and displaced persons',
     'Documentation, housing and land for returnees from Afghanistan and CIS countries; monitoring of returnee areas. Stance: +2 active support, -2 obstruction.',
     ARRAY['b', 'd']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I05
    ('50000000-0000-4000-8000-000000000005', 'Voluntary arms collection',
     'Handover of weapons still held by former fighters and civilians, with guarantees against prosecution for possession. Stance: +2 supports and takes part, -2 refuses.',
     ARRAY['a', 'b', 'd']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I06
    ('50000000-0000-4000-8000-000000000006', 'Judicial and legal reform',
     'New procedural codes, judges'' training and independence, procuracy reform. Stance: +2 supports far-reaching reform, -2 opposes.',
     ARRAY['c']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I07
    ('50000000-0000-4000-8000-000000000007', 'Registration of political parties',
     'Registration of parties refused or pending with the Ministry of Justice, including the Social Democrats and a wing of the Democratic Party. Stance: +2 wants pending parties registered, -2 wants them kept out.',
     ARRAY['c', 'd']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I08
    ('50000000-0000-4000-8000-000000000008', 'Freedom of the media',
     'Licensing of independent broadcasters, access of parties to state media, pressure on regional journalists. Stance: +2 for wider media freedom, -2 for tighter control.',
     ARRAY['c', 'd']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I09
    ('50000000-0000-4000-8000-000000000009', 'Demining and mine-risk awareness',
     'Mines and unexploded ordnance from the civil war and on the borders; awareness in affected districts. Stance: +2 active support, -2 obstruction.',
     ARRAY['b']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I10
    ('50000000-0000-4000-8000-000000000010', 'Economic recovery in former conflict areas',
     'Recovery and employment in Khatlon, the Rasht valley, Tavildara and GBAO, made more urgent by the 2000 drought. Stance: +2 active support, -2 opposition.',
     ARRAY['b', 'd']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I11
    ('50000000-0000-4000-8000-000000000011', 'Women''s participation in public and political life',
     'Women on party lists, in local government and in public office. Stance: +2 for active measures, -2 against.',
     ARRAY['c', 'd']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05'),
    -- I12
    ('50000000-0000-4000-8000-000000000012', 'Follow-up to the 1999 constitutional referendum',
     'Implementation of the 1999 amendments (bicameral parliament, religious-based parties) and what happens to the opposition''s 30 per cent share of posts now that the transitional period is over. Stance: +2 satisfied with implementation, -2 regards it as a breach of the peace settlement.',
     ARRAY['c', 'd']::text[], '2000-06-02 09:00:00+05', '2000-06-02 09:00:00+05');

-- Meetings, June to September 2000 (all fictional)
INSERT INTO meetings (id, kind, starts_at, time_zone, duration_minutes, place, region, subject, notes, objectives, confidentiality, created_at, updated_at) VALUES
    -- M001
    ('60000000-0000-4000-8000-000000000001', 'meeting', '2000-06-02 10:00:00+05', 'Asia/Dushanbe', 60, 'Executive Office of the President, Dushanbe', 'dushanbe',
     'Introductory meeting with the Executive Office of the President',
     'Courtesy call at the start of the Office''s mandate. The head of department welcomed continuity after UNMOT and asked that requests to meet ministries go through the Executive Office.',
     ARRAY['a', 'd']::text[], 'unclassified', '2000-06-02 13:00:00+05', '2000-06-02 13:00:00+05'),
    -- M002
    ('60000000-0000-4000-8000-000000000002', 'meeting', '2000-06-03 11:00:00+05', 'Asia/Dushanbe', 45, 'Ministry of Foreign Affairs, Dushanbe', 'dushanbe',
     'Working arrangements with the Ministry of Foreign Affairs',
     'Agreed on a monthly meeting with the International Organisations department and on accreditation of the Office''s international staff.',
     ARRAY['a']::text[], 'unclassified', '2000-06-03 13:45:00+05', '2000-06-03 13:45:00+05'),
    -- M003
    ('60000000-0000-4000-8000-000000000003', 'meeting', '2000-06-05 15:00:00+05', 'Asia/Dushanbe', 90, 'IRPT headquarters, Dushanbe', 'dushanbe',
     'Post-transition priorities of the IRPT leadership',
     'The IRPT sees the amnesty and the electoral law as the first tests of the post-transition period. They asked for the JEOM final report in Russian and promised a list of detainees they consider eligible for amnesty.',
     ARRAY['d']::text[], 'confidential', '2000-06-05 18:30:00+05', '2000-06-05 18:30:00+05'),
    -- M004
    ('60000000-0000-4000-8000-000000000004', 'meeting', '2000-06-06 10:00:00+05', 'Asia/Dushanbe', 60, 'PDPT Executive Committee, Dushanbe', 'dushanbe',
     'PDPT views on the electoral law and party registration',
     'Polite but firm: the elections were recognised and there is no reason to revisit them. Open to technical improvements proposed through the Majlisi Oli.',
     ARRAY['d']::text[], 'unclassified', '2000-06-06 13:00:00+05', '2000-06-06 13:00:00+05'),
    -- M005
    ('60000000-0000-4000-8000-000000000005', 'call', '2000-06-07 14:00:00+05', 'Asia/Dushanbe', 20, 'By telephone', 'dushanbe',
     'Coordination with the OSCE Mission on electoral follow-up',
     'Agreed to divide follow-up of the observation recommendations: the OSCE on media and complaints, the Office on inter-party dialogue.',
     ARRAY['a', 'b']::text[], 'unclassified', '2000-06-07 16:20:00+05', '2000-06-07 16:20:00+05'),
    -- M006
    ('60000000-0000-4000-8000-000000000006', 'meeting', '2000-06-08 10:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Justice, Dushanbe', 'dushanbe',
     'Registration of political parties and public associations',
     'The Ministry described the documents it requires from parties, including signatures from several regions. It welcomed assistance with training judges on the draft procedural codes.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-06-08 13:00:00+05', '2000-06-08 13:00:00+05'),
    -- M007
    ('60000000-0000-4000-8000-000000000007', 'meeting', '2000-06-09 11:00:00+05', 'Asia/Dushanbe', 60, 'Central Commission on Elections and Referenda, Dushanbe', 'dushanbe',
     'Follow-up to the joint observation mission''s recommendations',
     'The Commission distinguishes technical recommendations it could take up from political ones that it says only the Majlisi Oli can decide.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-06-09 14:00:00+05', '2000-06-09 14:00:00+05'),
    -- M008
    ('60000000-0000-4000-8000-000000000008', 'field-visit', '2000-06-12 09:30:00+05', 'Asia/Dushanbe', 480, 'Tavildara district centre', 'rrs',
     'Field visit to Tavildara: reintegration of former fighters',
     'Road passable with difficulty. Most discharged fighters are unemployed; the deputy chairman asked for vocational training and seasonal public works rather than cash.',
     ARRAY['a', 'b', 'd']::text[], 'unclassified', '2000-06-13 10:00:00+05', '2000-06-13 10:00:00+05'),
    -- M009
    ('60000000-0000-4000-8000-000000000009', 'meeting', '2000-06-13 10:00:00+05', 'Asia/Dushanbe', 60, 'UNDP, Dushanbe', 'dushanbe',
     'Coordination on the reintegration programme for former fighters',
     'UNDP will consider adding Tavildara and the Rasht valley to its reintegration proposal if the Government designates a counterpart ministry.',
     ARRAY['a', 'b']::text[], 'unclassified', '2000-06-13 13:00:00+05', '2000-06-13 13:00:00+05'),
    -- M010
    ('60000000-0000-4000-8000-000000000010', 'meeting', '2000-06-14 15:00:00+05', 'Asia/Dushanbe', 60, 'Communist Party Central Committee, Dushanbe', 'dushanbe',
     'Meeting with the Communist Party secretariat',
     'The Communists complain about counting in several districts and want all parties'' observers admitted to counts. Critical of the seven-year presidential term adopted in 1999.',
     ARRAY['d']::text[], 'unclassified', '2000-06-14 18:00:00+05', '2000-06-14 18:00:00+05'),
    -- M011
    ('60000000-0000-4000-8000-000000000011', 'meeting', '2000-06-15 10:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Internal Affairs, Dushanbe', 'dushanbe',
     'Ministry of Internal Affairs plans for voluntary arms collection',
     'The Ministry intends a campaign through district police departments with no prosecution for possession of voluntarily surrendered weapons. Reluctant to discuss amnesty cases.',
     ARRAY['a', 'd']::text[], 'confidential', '2000-06-15 13:00:00+05', '2000-06-15 13:00:00+05'),
    -- M012
    ('60000000-0000-4000-8000-000000000012', 'meeting', '2000-06-16 11:00:00+05', 'Asia/Dushanbe', 45, 'Prosecutor General''s Office, Dushanbe', 'dushanbe',
     'Status of amnesty cases',
     'The Office handed over the IRPT list with a covering letter. The Procuracy says many names are wanted for ordinary crimes and will reply on each case.',
     ARRAY['c', 'd']::text[], 'confidential', '2000-06-16 13:45:00+05', '2000-06-16 13:45:00+05'),
    -- M013
    ('60000000-0000-4000-8000-000000000013', 'meeting', '2000-06-17 10:00:00+05', 'Asia/Dushanbe', 60, 'League of Women Lawyers, Dushanbe', 'dushanbe',
     'Women''s participation after the 2000 elections',
     'Very few women were elected; the League wants parties to place women higher on their lists and proposes training for women candidates before local elections.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-06-17 13:00:00+05', '2000-06-17 13:00:00+05'),
    -- M014
    ('60000000-0000-4000-8000-000000000014', 'meeting', '2000-06-19 14:00:00+05', 'Asia/Dushanbe', 60, 'UNHCR, Dushanbe', 'dushanbe',
     'Refugee return and monitoring of returnees',
     'UNHCR is scaling down returnee monitoring in Khatlon and asked the Office to keep land and documentation problems on the political agenda.',
     ARRAY['a', 'b']::text[], 'unclassified', '2000-06-19 17:00:00+05', '2000-06-19 17:00:00+05'),
    -- M015
    ('60000000-0000-4000-8000-000000000015', 'meeting', '2000-06-20 10:00:00+05', 'Asia/Dushanbe', 90, 'Migration Service, Dushanbe', 'dushanbe',
     'Returnees from CIS countries and their documents',
     'The Service lacks staff and budget to issue documents to returnees from Russia and Kazakhstan. It promised district statistics.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-06-20 13:30:00+05', '2000-06-20 13:30:00+05'),
    -- M016
    ('60000000-0000-4000-8000-000000000016', 'round-table', '2000-06-21 10:00:00+05', 'Asia/Dushanbe', 180, 'Hotel Tajikistan, conference hall, Dushanbe', 'dushanbe',
     'Round-table: implementing the observation mission''s recommendations on the electoral law',
     'First meeting since February where the PDPT, IRPT and Communists discussed the elections at one table. Agreement only that the Commission should list the technical recommendations.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-06-21 15:00:00+05', '2000-06-21 15:00:00+05'),
    -- M017
    ('60000000-0000-4000-8000-000000000017', 'meeting', '2000-06-22 11:00:00+05', 'Asia/Dushanbe', 60, 'NANSMIT office, Dushanbe', 'dushanbe',
     'Media freedom and licensing of independent broadcasters',
     'Several independent TV stations have waited months for licences. NANSMIT also reports pressure on correspondents in the regions.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-06-22 14:00:00+05', '2000-06-22 14:00:00+05'),
    -- M018
    ('60000000-0000-4000-8000-000000000018', 'meeting', '2000-06-23 10:00:00+05', 'Asia/Dushanbe', 60, 'Dushanbe City Hukumat', 'dushanbe',
     'Women''s committees in the districts of Dushanbe',
     'The department runs women''s committees in each city district and is interested in training for women in local councils.',
     ARRAY['d']::text[], 'unclassified', '2000-06-23 13:00:00+05', '2000-06-23 13:00:00+05'),
    -- M019
    ('60000000-0000-4000-8000-000000000019', 'meeting', '2000-06-24 10:00:00+05', 'Asia/Dushanbe', 60, 'Islamic Centre, Dushanbe', 'dushanbe',
     'Courtesy call on the Council of Ulema',
     'Introductory visit. The domullo stressed the religious leaders'' role in the peace process and was reserved about women''s public role.',
     ARRAY['d']::text[], 'unclassified', '2000-06-24 13:00:00+05', '2000-06-24 13:00:00+05'),
    -- M020
    ('60000000-0000-4000-8000-000000000020', 'round-table', '2000-06-26 10:00:00+05', 'Asia/Dushanbe', 150, 'ANTIT hall, Dushanbe', 'dushanbe',
     'National Unity Day round-table: three years since the General Agreement',
     'Former members of the Commission on National Reconciliation from both sides spoke. Broad agreement that the new parliament gives former opponents a place in the state; the IRPT raised the fate of the opposition''s 30 per cent share of posts.',
     ARRAY['d']::text[], 'unclassified', '2000-06-26 14:30:00+05', '2000-06-26 14:30:00+05'),
    -- M021
    ('60000000-0000-4000-8000-000000000021', 'correspondence', '2000-06-28 09:00:00+05', 'Asia/Dushanbe', NULL, '', 'dushanbe',
     'Letter to the Ministry of Foreign Affairs requesting meetings with line ministries',
     'Letter requesting introductory meetings with the ministries of Defence, Labour and Social Protection, Education and Economy in July.',
     ARRAY['a']::text[], 'unclassified', '2000-06-28 11:00:00+05', '2000-06-28 11:00:00+05'),
    -- M022
    ('60000000-0000-4000-8000-000000000022', 'meeting', '2000-06-29 10:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Defence, Dushanbe', 'dushanbe',
     'Integration of former UTO units into the armed forces',
     'Integration of the units is formally complete; the ministry says discharged men are now a matter for the Ministry of Labour. Would not give figures without clearance.',
     ARRAY['a', 'd']::text[], 'confidential', '2000-06-29 13:00:00+05', '2000-06-29 13:00:00+05'),
    -- M023
    ('60000000-0000-4000-8000-000000000023', 'meeting', '2000-06-30 11:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Labour and Social Protection, Dushanbe', 'dushanbe',
     'Employment programmes for former fighters',
     'The ministry could run public works and short courses if donors pay wages and trainers. It will prepare a costed proposal.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-06-30 14:00:00+05', '2000-06-30 14:00:00+05'),
    -- M024
    ('60000000-0000-4000-8000-000000000024', 'meeting', '2000-07-03 10:00:00+05', 'Asia/Dushanbe', 60, 'Executive Office of the President, Dushanbe', 'dushanbe',
     'Political parties'' access to state media',
     'Raised licensing delays for independent broadcasters and airtime for opposition parties. The head of department denied any censorship.',
     ARRAY['d']::text[], 'confidential', '2000-07-03 13:00:00+05', '2000-07-03 13:00:00+05'),
    -- M025
    ('60000000-0000-4000-8000-000000000025', 'field-visit', '2000-07-04 09:00:00+05', 'Asia/Dushanbe', 600, 'Khatlon Oblast Hukumat, Kurgan-Tyube', 'khatlon',
     'Field visit to the Khatlon Oblast Hukumat',
     'The drought has hit the cotton and grain districts hard. The deputy chairman asked for seed, water pumps and help for returnee villages.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-07-05 10:00:00+05', '2000-07-05 10:00:00+05'),
    -- M026
    ('60000000-0000-4000-8000-000000000026', 'meeting', '2000-07-05 14:00:00+05', 'Asia/Dushanbe', 60, 'Open Society Institute, Dushanbe', 'dushanbe',
     'Civil-society grants for inter-party dialogue',
     'OSI may co-fund discussion meetings between parties in the regions and a media monitoring project.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-07-05 17:00:00+05', '2000-07-05 17:00:00+05'),
    -- M027
    ('60000000-0000-4000-8000-000000000027', 'meeting', '2000-07-06 10:00:00+05', 'Asia/Dushanbe', 60, 'Bureau on Human Rights and Rule of Law, Dushanbe', 'dushanbe',
     'Detention conditions and amnesty cases',
     'The Bureau receives families who cannot find out whether the amnesty applies to their relatives. It will share anonymised case summaries.',
     ARRAY['c']::text[], 'confidential', '2000-07-06 13:00:00+05', '2000-07-06 13:00:00+05'),
    -- M028
    ('60000000-0000-4000-8000-000000000028', 'meeting', '2000-07-07 11:00:00+05', 'Asia/Dushanbe', 60, 'Democratic Party office, Dushanbe', 'dushanbe',
     'Meeting with the Democratic Party',
     'The party''s wing says it has been refused registration twice on technicalities and wants more proportional seats in the lower chamber.',
     ARRAY['d']::text[], 'unclassified', '2000-07-07 14:00:00+05', '2000-07-07 14:00:00+05'),
    -- M029
    ('60000000-0000-4000-8000-000000000029', 'meeting', '2000-07-08 10:00:00+05', 'Asia/Dushanbe', 45, 'Socialist Party office, Dushanbe', 'dushanbe',
     'Meeting with the Socialist Party',
     'Small party, internally divided. Supports modest electoral changes and registration of all parties.',
     ARRAY['d']::text[], 'unclassified', '2000-07-08 12:45:00+05', '2000-07-08 12:45:00+05'),
    -- M030
    ('60000000-0000-4000-8000-000000000030', 'meeting', '2000-07-10 10:00:00+05', 'Asia/Dushanbe', 60, 'Majlisi Namoyandagon, Dushanbe', 'dushanbe',
     'Legislative agenda of the new lower chamber',
     'Priorities are the procedural codes and budget laws. The deputies do not intend to reopen the election law in the first session.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-07-10 13:00:00+05', '2000-07-10 13:00:00+05'),
    -- M031
    ('60000000-0000-4000-8000-000000000031', 'meeting', '2000-07-11 15:00:00+05', 'Asia/Dushanbe', 60, 'IRPT headquarters, Dushanbe', 'dushanbe',
     'IRPT views on amnesty and the electoral law',
     'The IRPT links its former fighters'' participation in arms collection to visible application of the amnesty.',
     ARRAY['d']::text[], 'confidential', '2000-07-11 18:00:00+05', '2000-07-11 18:00:00+05'),
    -- M032
    ('60000000-0000-4000-8000-000000000032', 'meeting', '2000-07-12 10:00:00+05', 'Asia/Dushanbe', 60, 'Party of Economic Reforms office, Dushanbe', 'dushanbe',
     'Meeting with the Party of Economic Reforms',
     'The party focuses on privatisation and land reform and is neutral on the electoral disputes.',
     ARRAY['d']::text[], 'unclassified', '2000-07-12 13:00:00+05', '2000-07-12 13:00:00+05'),
    -- M033
    ('60000000-0000-4000-8000-000000000033', 'workshop', '2000-07-13 10:00:00+05', 'Asia/Dushanbe', 360, 'Sughd Oblast Hukumat, Khujand', 'sughd',
     'Workshop for regional officials on the amnesty law',
     'District officials and procurators discussed how to handle amnesty applications. The Procuracy''s representative was noticeably more forthcoming than in June.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-07-13 18:00:00+05', '2000-07-13 18:00:00+05'),
    -- M034
    ('60000000-0000-4000-8000-000000000034', 'meeting', '2000-07-14 11:00:00+05', 'Asia/Dushanbe', 60, 'Sughd Oblast Hukumat, Khujand', 'sughd',
     'Economic recovery in Sughd',
     'The Hukumat wants investment in the mountain districts south of Khujand and a cross-border trade regime with Uzbekistan.',
     ARRAY['b']::text[], 'unclassified', '2000-07-14 14:00:00+05', '2000-07-14 14:00:00+05'),
    -- M035
    ('60000000-0000-4000-8000-000000000035', 'meeting', '2000-07-17 10:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Education, Dushanbe', 'dushanbe',
     'Schooling in returnee areas',
     'Schools in returnee villages lack teachers and textbooks; girls drop out early in rural districts.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-07-17 13:00:00+05', '2000-07-17 13:00:00+05'),
    -- M036
    ('60000000-0000-4000-8000-000000000036', 'meeting', '2000-07-18 10:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Economy, Dushanbe', 'dushanbe',
     'Recovery programmes in former conflict areas',
     'The ministry is drafting a list of priority districts for recovery funding and will share it.',
     ARRAY['b']::text[], 'unclassified', '2000-07-18 13:00:00+05', '2000-07-18 13:00:00+05'),
    -- M037
    ('60000000-0000-4000-8000-000000000037', 'field-visit', '2000-07-19 08:00:00+05', 'Asia/Dushanbe', 540, 'Gharm and villages of the Rasht valley', 'rrs',
     'Field visit to the Rasht valley',
     'Met the IRPT deputy and village elders. Trust in the police is low, which keeps people from handing in weapons; demand for jobs is high.',
     ARRAY['a', 'b', 'd']::text[], 'unclassified', '2000-07-20 10:00:00+05', '2000-07-20 10:00:00+05'),
    -- M038
    ('60000000-0000-4000-8000-000000000038', 'meeting', '2000-07-20 11:00:00+05', 'Asia/Dushanbe', 60, 'ICRC delegation, Dushanbe', 'dushanbe',
     'Mine incidents and detention visits',
     'ICRC shared its concern over mine incidents in border districts and offered incident data for the authorities.',
     ARRAY['b']::text[], 'unclassified', '2000-07-20 14:00:00+05', '2000-07-20 14:00:00+05'),
    -- M039
    ('60000000-0000-4000-8000-000000000039', 'meeting', '2000-07-21 10:00:00+05', 'Asia/Dushanbe', 60, 'Red Crescent Society, Dushanbe', 'dushanbe',
     'Mine-risk awareness in border districts',
     'The Red Crescent runs school sessions on mine risks in Khatlon with ICRC support and would extend them to the Rasht valley.',
     ARRAY['b']::text[], 'unclassified', '2000-07-21 13:00:00+05', '2000-07-21 13:00:00+05'),
    -- M040
    ('60000000-0000-4000-8000-000000000040', 'call', '2000-07-24 10:00:00+05', 'Asia/Dushanbe', 20, 'By telephone', 'dushanbe',
     'Call with the Executive Office on a political discussion club',
     'The deputy head of department agreed in principle to a regular discussion club of parties, officials and NGOs.',
     ARRAY['d']::text[], 'unclassified', '2000-07-24 12:20:00+05', '2000-07-24 12:20:00+05'),
    -- M041
    ('60000000-0000-4000-8000-000000000041', 'round-table', '2000-07-25 10:00:00+05', 'Asia/Dushanbe', 180, 'UNTOP conference room, Dushanbe', 'dushanbe',
     'Round-table on freedom of the media and licensing',
     'Journalists, NGOs and the Executive Office discussed licensing and pressure on regional media. The Executive Office agreed to pass pending licence applications to the broadcasting committee.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-07-25 15:00:00+05', '2000-07-25 15:00:00+05'),
    -- M042
    ('60000000-0000-4000-8000-000000000042', 'meeting', '2000-07-26 11:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Justice, Dushanbe', 'dushanbe',
     'Judicial reform and the draft procedural codes',
     'The deputy minister welcomed a training programme for judges and, for the first time, said the Social Democrats'' file could be reconsidered.',
     ARRAY['c']::text[], 'unclassified', '2000-07-26 14:00:00+05', '2000-07-26 14:00:00+05'),
    -- M043
    ('60000000-0000-4000-8000-000000000043', 'meeting', '2000-07-27 10:00:00+05', 'Asia/Dushanbe', 60, 'Private office, Dushanbe', 'dushanbe',
     'Meeting with founders of the Social Democratic Party',
     'The founders have resubmitted their documents; the Ministry now asks for notarised member lists.',
     ARRAY['d']::text[], 'unclassified', '2000-07-27 13:00:00+05', '2000-07-27 13:00:00+05'),
    -- M044
    ('60000000-0000-4000-8000-000000000044', 'meeting', '2000-07-28 14:00:00+05', 'Asia/Dushanbe', 60, 'OSCE Mission, Dushanbe', 'dushanbe',
     'Coordination on electoral follow-up and the media',
     'Exchanged notes on contacts with the parties and the Commission. The OSCE will focus on the complaints procedure.',
     ARRAY['a']::text[], 'unclassified', '2000-07-28 17:00:00+05', '2000-07-28 17:00:00+05'),
    -- M045
    ('60000000-0000-4000-8000-000000000045', 'meeting', '2000-07-31 10:00:00+05', 'Asia/Dushanbe', 60, 'Majlisi Milli, Dushanbe', 'dushanbe',
     'Introductory meeting with the staff of the Majlisi Milli',
     'Explained the Office''s mandate. The upper chamber''s legal department would welcome comparative material on second chambers.',
     ARRAY['d']::text[], 'unclassified', '2000-07-31 13:00:00+05', '2000-07-31 13:00:00+05'),
    -- M046
    ('60000000-0000-4000-8000-000000000046', 'meeting', '2000-08-01 10:00:00+05', 'Asia/Dushanbe', 45, 'Ministry of Foreign Affairs, Dushanbe', 'dushanbe',
     'Handover at the Ministry of Foreign Affairs',
     'Bakhtiyor Olimov leaves for New York; Jamshed Hasanov is acting head of department and remains the day-to-day contact.',
     ARRAY['a']::text[], 'unclassified', '2000-08-01 12:45:00+05', '2000-08-01 12:45:00+05'),
    -- M047
    ('60000000-0000-4000-8000-000000000047', 'meeting', '2000-08-02 16:00:00+05', 'Asia/Dushanbe', 75, 'Private residence, Dushanbe', 'dushanbe',
     'Arms collection and guarantees for former fighters',
     'The IRPT would encourage its former fighters to hand in weapons if the no-prosecution guarantee is in writing and district police respect it.',
     ARRAY['a', 'd']::text[], 'strictly-confidential', '2000-08-02 19:15:00+05', '2000-08-02 19:15:00+05'),
    -- M048
    ('60000000-0000-4000-8000-000000000048', 'meeting', '2000-08-03 10:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Internal Affairs, Dushanbe', 'dushanbe',
     'Written guarantees for voluntary arms handover',
     'The deputy minister showed a draft instruction to district police departments guaranteeing no prosecution for possession of voluntarily surrendered weapons.',
     ARRAY['a', 'd']::text[], 'confidential', '2000-08-03 13:00:00+05', '2000-08-03 13:00:00+05'),
    -- M049
    ('60000000-0000-4000-8000-000000000049', 'meeting', '2000-08-04 15:00:00+05', 'Asia/Dushanbe', 45, 'Prosecutor General''s Office, Dushanbe', 'dushanbe',
     'Follow-up on the review of amnesty cases',
     'The Procuracy reported that several files on the IRPT list have been closed under the amnesty and more are under review.',
     ARRAY['c', 'd']::text[], 'confidential', '2000-08-04 17:45:00+05', '2000-08-04 17:45:00+05'),
    -- M050
    ('60000000-0000-4000-8000-000000000050', 'field-visit', '2000-08-07 09:00:00+05', 'Asia/Dushanbe', 600, 'Kulob and surrounding villages', 'khatlon',
     'Field visit to Kulob: returnees and land',
     'Returnee families in several villages still wait for land plots; the drought has made the situation worse.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-08-08 10:00:00+05', '2000-08-08 10:00:00+05'),
    -- M051
    ('60000000-0000-4000-8000-000000000051', 'field-visit', '2000-08-08 09:00:00+05', 'Asia/Dushanbe', 480, 'Qumsangir district', 'khatlon',
     'Border districts: mine incidents and displaced families',
     'Joint visit with the Red Crescent and ICRC to villages near the Afghan border where children were injured by unexploded ordnance.',
     ARRAY['b']::text[], 'unclassified', '2000-08-09 10:00:00+05', '2000-08-09 10:00:00+05'),
    -- M052
    ('60000000-0000-4000-8000-000000000052', 'meeting', '2000-08-09 10:00:00+05', 'Asia/Dushanbe', 60, 'PDPT Executive Committee, Dushanbe', 'dushanbe',
     'PDPT response to opposition criticism of the elections',
     'Harder line than in June on the elections after the IRPT''s public statements, but softer on registering new parties.',
     ARRAY['d']::text[], 'confidential', '2000-08-09 13:00:00+05', '2000-08-09 13:00:00+05'),
    -- M053
    ('60000000-0000-4000-8000-000000000053', 'meeting', '2000-08-10 10:00:00+05', 'Asia/Dushanbe', 60, 'Communist Party Central Committee, Dushanbe', 'dushanbe',
     'Communist Party on electoral amendments',
     'The Communists would accept amendments on observers and counting even without more proportional seats.',
     ARRAY['d']::text[], 'unclassified', '2000-08-10 13:00:00+05', '2000-08-10 13:00:00+05'),
    -- M054
    ('60000000-0000-4000-8000-000000000054', 'workshop', '2000-08-11 10:00:00+05', 'Asia/Dushanbe', 300, 'Khatlon Oblast Hukumat, Kurgan-Tyube', 'khatlon',
     'Workshop on women in local government',
     'Women council members and hukumat staff from several districts. The Hukumat undertook to nominate women for deputy posts in jamoat councils.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-08-11 17:00:00+05', '2000-08-11 17:00:00+05'),
    -- M055
    ('60000000-0000-4000-8000-000000000055', 'meeting', '2000-08-14 10:00:00+05', 'Asia/Dushanbe', 60, 'Islamic Centre, Dushanbe', 'dushanbe',
     'Religious leaders and reconciliation',
     'The domullo offered to ask imams to support the arms-collection campaign and spoke more warmly about girls'' education.',
     ARRAY['d']::text[], 'unclassified', '2000-08-14 13:00:00+05', '2000-08-14 13:00:00+05'),
    -- M056
    ('60000000-0000-4000-8000-000000000056', 'meeting', '2000-08-15 10:00:00+05', 'Asia/Dushanbe', 45, 'Executive Office of the President, Dushanbe', 'dushanbe',
     'Farewell call on the head of department before his transfer',
     'Rustam Sangov moves to Khatlon as first deputy chairman; Ilhom Davlatshoev takes over the department.',
     ARRAY['d']::text[], 'unclassified', '2000-08-15 12:45:00+05', '2000-08-15 12:45:00+05'),
    -- M057
    ('60000000-0000-4000-8000-000000000057', 'call', '2000-08-16 11:00:00+05', 'Asia/Dushanbe', 20, 'By telephone', 'dushanbe',
     'Call with the new head of department at the Executive Office',
     'Confirmed the discussion club and regular contact. Firm that electoral change must come from the Majlisi Oli.',
     ARRAY['d']::text[], 'unclassified', '2000-08-16 13:20:00+05', '2000-08-16 13:20:00+05'),
    -- M058
    ('60000000-0000-4000-8000-000000000058', 'meeting', '2000-08-17 10:00:00+05', 'Asia/Dushanbe', 60, 'UNDP, Dushanbe', 'dushanbe',
     'Funding for vocational training in the Districts of Republican Subordination',
     'UNDP has included Tavildara and the Rasht valley in its reintegration project and can fund courses for about 300 former fighters.',
     ARRAY['b']::text[], 'unclassified', '2000-08-17 13:00:00+05', '2000-08-17 13:00:00+05'),
    -- M059
    ('60000000-0000-4000-8000-000000000059', 'meeting', '2000-08-18 10:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Labour and Social Protection, Dushanbe', 'dushanbe',
     'Starting vocational courses for former fighters',
     'With UNDP funding confirmed, the ministry plans courses in Gharm and Tavildara from October.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-08-18 13:00:00+05', '2000-08-18 13:00:00+05'),
    -- M060
    ('60000000-0000-4000-8000-000000000060', 'correspondence', '2000-08-21 09:00:00+05', 'Asia/Dushanbe', NULL, '', 'dushanbe',
     'Letter from the Ministry of Justice on party registration procedure',
     'Reply to the Office''s letter: corrected applications will be reconsidered within the period set by law.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-08-21 11:00:00+05', '2000-08-21 11:00:00+05'),
    -- M061
    ('60000000-0000-4000-8000-000000000061', 'meeting', '2000-08-22 10:00:00+05', 'Asia/Dushanbe', 60, 'Khatlon Oblast Hukumat, Kurgan-Tyube', 'khatlon',
     'Meeting with the new first deputy chairman of Khatlon',
     'Rustam Sangov, newly arrived, promised land plots for returnee families in the spring allocation and asked for help with drought relief.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-08-22 13:00:00+05', '2000-08-22 13:00:00+05'),
    -- M062
    ('60000000-0000-4000-8000-000000000062', 'meeting', '2000-08-23 10:00:00+05', 'Asia/Dushanbe', 60, 'Democratic Party office, Dushanbe', 'dushanbe',
     'Democratic Party on registration and the election law',
     'No change in the party''s position; it intends to appeal to the courts if refused again.',
     ARRAY['d']::text[], 'unclassified', '2000-08-23 13:00:00+05', '2000-08-23 13:00:00+05'),
    -- M063
    ('60000000-0000-4000-8000-000000000063', 'meeting', '2000-08-24 14:00:00+05', 'Asia/Dushanbe', 60, 'Asia-Plus, Dushanbe', 'dushanbe',
     'The media environment before Independence Day',
     'The correspondent described self-censorship in regional reporting and difficulty getting comment from officials.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-08-24 17:00:00+05', '2000-08-24 17:00:00+05'),
    -- M064
    ('60000000-0000-4000-8000-000000000064', 'meeting', '2000-08-25 10:00:00+05', 'Asia/Dushanbe', 60, 'Bureau on Human Rights and Rule of Law, Dushanbe', 'dushanbe',
     'Trials of former opposition members',
     'Some releases have taken place, slowly. Defence lawyers still have difficulty getting access to case files.',
     ARRAY['c']::text[], 'confidential', '2000-08-25 13:00:00+05', '2000-08-25 13:00:00+05'),
    -- M065
    ('60000000-0000-4000-8000-000000000065', 'field-visit', '2000-08-28 09:00:00+05', 'Asia/Dushanbe', 1440, 'GBAO Hukumat, Khorog', 'gbao',
     'Field visit to Khorog',
     'The region depends on humanitarian food; the Hukumat sees recovery in terms of the road and the power supply.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-08-30 10:00:00+05', '2000-08-30 10:00:00+05'),
    -- M066
    ('60000000-0000-4000-8000-000000000066', 'meeting', '2000-08-30 10:00:00+05', 'Asia/Dushanbe', 60, 'Majlisi Namoyandagon, Dushanbe', 'dushanbe',
     'Amnesty proposals in the lower chamber',
     'The PDPT deputy said the chamber would consider the Procuracy''s amnesty proposals in the autumn session. The IRPT deputy pressed for a broader amnesty.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-08-30 13:00:00+05', '2000-08-30 13:00:00+05'),
    -- M067
    ('60000000-0000-4000-8000-000000000067', 'meeting', '2000-08-31 10:00:00+05', 'Asia/Dushanbe', 45, 'OSCE Mission, Dushanbe', 'dushanbe',
     'Introduction of the OSCE Mission''s new human dimension officer',
     'Handover from Hanna Lindroos to Matthias Ebner-Kolb; agreed to continue joint monitoring of media issues.',
     ARRAY['a']::text[], 'unclassified', '2000-08-31 12:45:00+05', '2000-08-31 12:45:00+05'),
    -- M068
    ('60000000-0000-4000-8000-000000000068', 'meeting', '2000-09-01 10:00:00+05', 'Asia/Dushanbe', 60, 'Central Commission on Elections and Referenda, Dushanbe', 'dushanbe',
     'Technical amendments to the election law',
     'The Commission has drafted amendments on observers and counting for submission to the Majlisi Oli.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-09-01 13:00:00+05', '2000-09-01 13:00:00+05'),
    -- M069
    ('60000000-0000-4000-8000-000000000069', 'round-table', '2000-09-04 10:00:00+05', 'Asia/Dushanbe', 180, 'UNTOP conference room, Dushanbe', 'dushanbe',
     'Round-table on registration of political parties',
     'Ministry of Justice, PDPT, Democratic Party and Social Democrats at one table for the first time. The Ministry undertook to complete the review of pending applications.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-09-04 15:00:00+05', '2000-09-04 15:00:00+05'),
    -- M070
    ('60000000-0000-4000-8000-000000000070', 'meeting', '2000-09-05 10:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Defence, Dushanbe', 'dushanbe',
     'Security after armed incursions in neighbouring states',
     'The ministry is concerned about armed groups active in neighbouring states and about mines laid on the western border. It sees arms collection as more urgent.',
     ARRAY['a', 'd']::text[], 'strictly-confidential', '2000-09-05 13:00:00+05', '2000-09-05 13:00:00+05'),
    -- M071
    ('60000000-0000-4000-8000-000000000071', 'meeting', '2000-09-06 10:00:00+05', 'Asia/Dushanbe', 60, 'IRPT headquarters, Dushanbe', 'dushanbe',
     'IRPT on the quota and security developments',
     'The IRPT says former opposition appointees are being removed one by one now the transition is over. It still supports the arms campaign.',
     ARRAY['d']::text[], 'strictly-confidential', '2000-09-06 13:00:00+05', '2000-09-06 13:00:00+05'),
    -- M072
    ('60000000-0000-4000-8000-000000000072', 'meeting', '2000-09-07 11:00:00+05', 'Asia/Dushanbe', 60, 'UNHCR, Dushanbe', 'dushanbe',
     'Displaced Afghans near the Pyanj border',
     'UNHCR briefed on Afghans displaced by the fighting in northern Afghanistan moving towards the border, and asked that Tajik returnees not be forgotten.',
     ARRAY['a', 'b']::text[], 'confidential', '2000-09-07 14:00:00+05', '2000-09-07 14:00:00+05'),
    -- M073
    ('60000000-0000-4000-8000-000000000073', 'meeting', '2000-09-08 10:00:00+05', 'Asia/Dushanbe', 60, 'Migration Service, Dushanbe', 'dushanbe',
     'Documentation of returnees',
     'The Service has not collected district statistics and cannot do so this year; it proposes a documentation drive with UNHCR instead.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-09-08 13:00:00+05', '2000-09-08 13:00:00+05'),
    -- M074
    ('60000000-0000-4000-8000-000000000074', 'workshop', '2000-09-11 09:30:00+05', 'Asia/Dushanbe', 360, 'Hotel Tajikistan, conference hall, Dushanbe', 'dushanbe',
     'Workshop for political party activists on the election law',
     'Activists from four parties compared their parties'' proposals on observers, counting and complaints.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-09-11 17:30:00+05', '2000-09-11 17:30:00+05'),
    -- M075
    ('60000000-0000-4000-8000-000000000075', 'meeting', '2000-09-12 10:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Economy, Dushanbe', 'dushanbe',
     'Recovery funding for Khatlon and the Rasht valley',
     'Firuz Mirov, now deputy minister, and the regional development department described a recovery line in the 2001 draft budget.',
     ARRAY['b']::text[], 'unclassified', '2000-09-12 13:00:00+05', '2000-09-12 13:00:00+05'),
    -- M076
    ('60000000-0000-4000-8000-000000000076', 'field-visit', '2000-09-13 08:00:00+05', 'Asia/Dushanbe', 540, 'Tavildara district centre', 'rrs',
     'Return visit to Tavildara: arms handover and vocational training',
     'The district police department confirms regular handovers since the written guarantee was issued. Former fighters asked when the courses will start.',
     ARRAY['a', 'b', 'd']::text[], 'unclassified', '2000-09-14 10:00:00+05', '2000-09-14 10:00:00+05'),
    -- M077
    ('60000000-0000-4000-8000-000000000077', 'meeting', '2000-09-14 10:00:00+05', 'Asia/Dushanbe', 60, 'League of Women Lawyers, Dushanbe', 'dushanbe',
     'Proposals on women on party lists',
     'The League is drafting proposals for a minimum share of women on party lists.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-09-14 13:00:00+05', '2000-09-14 13:00:00+05'),
    -- M078
    ('60000000-0000-4000-8000-000000000078', 'meeting', '2000-09-15 10:00:00+05', 'Asia/Dushanbe', 60, 'Dushanbe City Hukumat', 'dushanbe',
     'Training for women in district councils',
     'The department will nominate women from every city district for training with the League of Women Lawyers.',
     ARRAY['d']::text[], 'unclassified', '2000-09-15 13:00:00+05', '2000-09-15 13:00:00+05'),
    -- M079
    ('60000000-0000-4000-8000-000000000079', 'meeting', '2000-09-18 10:00:00+05', 'Asia/Dushanbe', 60, 'PDPT Executive Committee, Dushanbe', 'dushanbe',
     'PDPT political council members on the quota and the election law',
     'The PDPT rejects the IRPT''s claim that the quota is being abandoned and remains opposed to reopening the election law.',
     ARRAY['d']::text[], 'confidential', '2000-09-18 13:00:00+05', '2000-09-18 13:00:00+05'),
    -- M080
    ('60000000-0000-4000-8000-000000000080', 'meeting', '2000-09-19 10:00:00+05', 'Asia/Dushanbe', 60, 'Executive Office of the President, Dushanbe', 'dushanbe',
     'Briefing the Executive Office on the party registration round-table',
     'The head of department said the Ministry of Justice has been asked to finish reviewing pending applications.',
     ARRAY['d']::text[], 'confidential', '2000-09-19 13:00:00+05', '2000-09-19 13:00:00+05'),
    -- M081
    ('60000000-0000-4000-8000-000000000081', 'meeting', '2000-09-20 10:00:00+05', 'Asia/Dushanbe', 60, 'Ministry of Justice, Dushanbe', 'dushanbe',
     'Pending party applications and judges'' training',
     'The department head said the Social Democrats'' corrected file is complete and under review.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-09-20 13:00:00+05', '2000-09-20 13:00:00+05'),
    -- M082
    ('60000000-0000-4000-8000-000000000082', 'meeting', '2000-09-21 14:00:00+05', 'Asia/Dushanbe', 60, 'Islamic Centre, Dushanbe', 'dushanbe',
     'Council of Ulema and the arms-collection campaign',
     'Friday sermons in several districts have called for weapons to be handed in. Agreed to draft a joint appeal.',
     ARRAY['a', 'd']::text[], 'unclassified', '2000-09-21 17:00:00+05', '2000-09-21 17:00:00+05'),
    -- M083
    ('60000000-0000-4000-8000-000000000083', 'call', '2000-09-22 14:00:00+05', 'Asia/Dushanbe', 15, 'By telephone', 'dushanbe',
     'Coordination with the OSCE on media monitoring',
     'Agreed to share regional media monitoring reports monthly.',
     ARRAY['a']::text[], 'unclassified', '2000-09-22 16:15:00+05', '2000-09-22 16:15:00+05'),
    -- M084
    ('60000000-0000-4000-8000-000000000084', 'meeting', '2000-09-25 10:00:00+05', 'Asia/Dushanbe', 45, 'Prosecutor General''s Office, Dushanbe', 'dushanbe',
     'Amnesty review and procuracy reform',
     'Further files closed under the amnesty. Reform of the procuracy will follow the new codes.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-09-25 12:45:00+05', '2000-09-25 12:45:00+05'),
    -- M085
    ('60000000-0000-4000-8000-000000000085', 'meeting', '2000-09-26 10:00:00+05', 'Asia/Dushanbe', 60, 'Majlisi Milli, Dushanbe', 'dushanbe',
     'Upper chamber and the Commission''s technical amendments',
     'The legal department expects the Commission''s amendments to reach the upper chamber next year.',
     ARRAY['c', 'd']::text[], 'unclassified', '2000-09-26 13:00:00+05', '2000-09-26 13:00:00+05'),
    -- M086
    ('60000000-0000-4000-8000-000000000086', 'round-table', '2000-09-27 10:00:00+05', 'Asia/Dushanbe', 180, 'ANTIT hall, Dushanbe', 'dushanbe',
     'Round-table on economic recovery in former conflict areas',
     'Economists, party representatives and UNDP discussed drought relief, land and small credit in Khatlon and the Rasht valley.',
     ARRAY['b', 'd']::text[], 'unclassified', '2000-09-27 15:00:00+05', '2000-09-27 15:00:00+05'),
    -- M087
    ('60000000-0000-4000-8000-000000000087', 'meeting', '2000-09-28 17:00:00+05', 'Asia/Dushanbe', 60, 'Private residence, Dushanbe', 'dushanbe',
     'IRPT leadership on the quota and party registration',
     'Frank discussion of the IRPT''s position after dismissals of former opposition appointees. The party will keep to the peace agreement but wants the Guarantor States informed.',
     ARRAY['d']::text[], 'strictly-confidential', '2000-09-28 20:00:00+05', '2000-09-28 20:00:00+05'),
    -- M088
    ('60000000-0000-4000-8000-000000000088', 'correspondence', '2000-09-29 09:00:00+05', 'Asia/Dushanbe', NULL, '', 'dushanbe',
     'Letter to the Ministry of Internal Affairs requesting arms-collection figures',
     'Asked for monthly figures on weapons handed in, by district, for the Office''s report.',
     ARRAY['a']::text[], 'unclassified', '2000-09-29 11:00:00+05', '2000-09-29 11:00:00+05'),
    -- M089
    ('60000000-0000-4000-8000-000000000089', 'meeting', '2000-09-30 10:00:00+05', 'Asia/Dushanbe', 90, 'UNTOP office, Dushanbe', 'dushanbe',
     'Quarterly coordination with UNDP and the OSCE Mission',
     'Reviewed the first four months: amnesty, arms collection and party registration moving; electoral law and the quota stuck.',
     ARRAY['a', 'b']::text[], 'unclassified', '2000-09-30 13:30:00+05', '2000-09-30 13:30:00+05');

-- Meeting participants, in the order they are listed
INSERT INTO meeting_participants (meeting_id, person_id, organization_id, listing_order) VALUES
    ('60000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000011', NULL, 0),  -- M001 Rustam Sangov
    ('60000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000012', NULL, 1),  -- M001 Ilhom Davlatshoev
    ('60000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000003', NULL, 0),  -- M002 Bakhtiyor Olimov
    ('60000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000004', NULL, 1),  -- M002 Jamshed Hasanov
    ('60000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000026', NULL, 0),  -- M003 Nurullo Hikmatov
    ('60000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000014', NULL, 1),  -- M003 Abdusalom Qahhorov
    ('60000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000025', NULL, 0),  -- M004 Abduvohid Kholov
    ('60000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000041', NULL, 0),  -- M005 Hanna Lindroos
    ('60000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000001', NULL, 0),  -- M006 Farhod Nurmatov
    ('60000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000002', NULL, 1),  -- M006 Zarina Qodirova
    ('60000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000015', NULL, 0),  -- M007 Mirzo Zafarov
    ('60000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000016', NULL, 1),  -- M007 Malika Saidova
    ('60000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000023', NULL, 0),  -- M008 Hayot Sharifov
    ('60000000-0000-4000-8000-000000000008', NULL, '20000000-0000-4000-8000-000000000019', 1),  -- M008 Tavildara District Hukumat
    ('60000000-0000-4000-8000-000000000009', '30000000-0000-4000-8000-000000000042', NULL, 0),  -- M009 Orzu Hamidova
    ('60000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000028', NULL, 0),  -- M010 Valijon Ismatov
    ('60000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000005', NULL, 0),  -- M011 Kamoliddin Sadulloev
    ('60000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000019', NULL, 0),  -- M012 Jahongir Valiev
    ('60000000-0000-4000-8000-000000000013', '30000000-0000-4000-8000-000000000033', NULL, 0),  -- M013 Shahlo Rasulova
    ('60000000-0000-4000-8000-000000000013', '30000000-0000-4000-8000-000000000032', NULL, 1),  -- M013 Tahmina Zokirova
    ('60000000-0000-4000-8000-000000000014', '30000000-0000-4000-8000-000000000043', NULL, 0),  -- M014 Julien Marchetto
    ('60000000-0000-4000-8000-000000000015', '30000000-0000-4000-8000-000000000008', NULL, 0),  -- M015 Saidmurod Khojaev
    ('60000000-0000-4000-8000-000000000016', '30000000-0000-4000-8000-000000000015', NULL, 0),  -- M016 Mirzo Zafarov
    ('60000000-0000-4000-8000-000000000016', '30000000-0000-4000-8000-000000000025', NULL, 1),  -- M016 Abduvohid Kholov
    ('60000000-0000-4000-8000-000000000016', '30000000-0000-4000-8000-000000000026', NULL, 2),  -- M016 Nurullo Hikmatov
    ('60000000-0000-4000-8000-000000000016', '30000000-0000-4000-8000-000000000028', NULL, 3),  -- M016 Valijon Ismatov
    ('60000000-0000-4000-8000-000000000017', NULL, '20000000-0000-4000-8000-000000000029', 0),  -- M017 National Association of Independent Mass Media of Tajikistan
    ('60000000-0000-4000-8000-000000000017', '30000000-0000-4000-8000-000000000035', NULL, 1),  -- M017 Khurshed Ashurmadov
    ('60000000-0000-4000-8000-000000000018', '30000000-0000-4000-8000-000000000024', NULL, 0),  -- M018 Nigina Ahmadova
    ('60000000-0000-4000-8000-000000000019', '30000000-0000-4000-8000-000000000039', NULL, 0),  -- M019 Abdurahmon Hakimov
    ('60000000-0000-4000-8000-000000000020', NULL, '20000000-0000-4000-8000-000000000033', 0),  -- M020 Association of Scientific and Technical Intelligentsia of Tajikistan
    ('60000000-0000-4000-8000-000000000020', '30000000-0000-4000-8000-000000000013', NULL, 1),  -- M020 Odina Haydarov
    ('60000000-0000-4000-8000-000000000020', '30000000-0000-4000-8000-000000000014', NULL, 2),  -- M020 Abdusalom Qahhorov
    ('60000000-0000-4000-8000-000000000020', '30000000-0000-4000-8000-000000000038', NULL, 3),  -- M020 Saidali Rizoev
    ('60000000-0000-4000-8000-000000000021', NULL, '20000000-0000-4000-8000-000000000003', 0),  -- M021 Ministry of Foreign Affairs
    ('60000000-0000-4000-8000-000000000022', '30000000-0000-4000-8000-000000000006', NULL, 0),  -- M022 Nurali Bobokalonov
    ('60000000-0000-4000-8000-000000000023', '30000000-0000-4000-8000-000000000007', NULL, 0),  -- M023 Gulnora Yusupova
    ('60000000-0000-4000-8000-000000000024', '30000000-0000-4000-8000-000000000011', NULL, 0),  -- M024 Rustam Sangov
    ('60000000-0000-4000-8000-000000000025', '30000000-0000-4000-8000-000000000020', NULL, 0),  -- M025 Firuz Mirov
    ('60000000-0000-4000-8000-000000000025', NULL, '20000000-0000-4000-8000-000000000016', 1),  -- M025 Khatlon Oblast Hukumat
    ('60000000-0000-4000-8000-000000000026', '30000000-0000-4000-8000-000000000036', NULL, 0),  -- M026 Parviz Tursunov
    ('60000000-0000-4000-8000-000000000027', '30000000-0000-4000-8000-000000000034', NULL, 0),  -- M027 Jamshed Odinaev
    ('60000000-0000-4000-8000-000000000028', '30000000-0000-4000-8000-000000000029', NULL, 0),  -- M028 Abdulhamid Raufov
    ('60000000-0000-4000-8000-000000000029', '30000000-0000-4000-8000-000000000030', NULL, 0),  -- M029 Nozim Fayzulloev
    ('60000000-0000-4000-8000-000000000030', '30000000-0000-4000-8000-000000000017', NULL, 0),  -- M030 Sohib Qurbonaliev
    ('60000000-0000-4000-8000-000000000030', '30000000-0000-4000-8000-000000000013', NULL, 1),  -- M030 Odina Haydarov
    ('60000000-0000-4000-8000-000000000031', '30000000-0000-4000-8000-000000000026', NULL, 0),  -- M031 Nurullo Hikmatov
    ('60000000-0000-4000-8000-000000000031', '30000000-0000-4000-8000-000000000027', NULL, 1),  -- M031 Sadriddin Umarov
    ('60000000-0000-4000-8000-000000000032', '30000000-0000-4000-8000-000000000031', NULL, 0),  -- M032 Bahrom Ibodov
    ('60000000-0000-4000-8000-000000000033', '30000000-0000-4000-8000-000000000021', NULL, 0),  -- M033 Zafar Ergashev
    ('60000000-0000-4000-8000-000000000033', NULL, '20000000-0000-4000-8000-000000000017', 1),  -- M033 Sughd Oblast Hukumat
    ('60000000-0000-4000-8000-000000000033', '30000000-0000-4000-8000-000000000019', NULL, 2),  -- M033 Jahongir Valiev
    ('60000000-0000-4000-8000-000000000034', '30000000-0000-4000-8000-000000000021', NULL, 0),  -- M034 Zafar Ergashev
    ('60000000-0000-4000-8000-000000000035', '30000000-0000-4000-8000-000000000009', NULL, 0),  -- M035 Muhabbat Rajabova
    ('60000000-0000-4000-8000-000000000036', '30000000-0000-4000-8000-000000000010', NULL, 0),  -- M036 Anvar Qurbonov
    ('60000000-0000-4000-8000-000000000037', '30000000-0000-4000-8000-000000000014', NULL, 0),  -- M037 Abdusalom Qahhorov
    ('60000000-0000-4000-8000-000000000038', '30000000-0000-4000-8000-000000000044', NULL, 0),  -- M038 Sofia Brandtner
    ('60000000-0000-4000-8000-000000000039', '30000000-0000-4000-8000-000000000037', NULL, 0),  -- M039 Dilorom Saidalieva
    ('60000000-0000-4000-8000-000000000040', '30000000-0000-4000-8000-000000000012', NULL, 0),  -- M040 Ilhom Davlatshoev
    ('60000000-0000-4000-8000-000000000041', NULL, '20000000-0000-4000-8000-000000000029', 0),  -- M041 National Association of Independent Mass Media of Tajikistan
    ('60000000-0000-4000-8000-000000000041', '30000000-0000-4000-8000-000000000040', NULL, 1),  -- M041 Firuza Ashurova
    ('60000000-0000-4000-8000-000000000041', '30000000-0000-4000-8000-000000000011', NULL, 2),  -- M041 Rustam Sangov
    ('60000000-0000-4000-8000-000000000041', '30000000-0000-4000-8000-000000000036', NULL, 3),  -- M041 Parviz Tursunov
    ('60000000-0000-4000-8000-000000000042', '30000000-0000-4000-8000-000000000001', NULL, 0),  -- M042 Farhod Nurmatov
    ('60000000-0000-4000-8000-000000000043', '30000000-0000-4000-8000-000000000032', NULL, 0),  -- M043 Tahmina Zokirova
    ('60000000-0000-4000-8000-000000000044', '30000000-0000-4000-8000-000000000041', NULL, 0),  -- M044 Hanna Lindroos
    ('60000000-0000-4000-8000-000000000044', NULL, '20000000-0000-4000-8000-000000000037', 1),  -- M044 OSCE Mission to Tajikistan
    ('60000000-0000-4000-8000-000000000045', '30000000-0000-4000-8000-000000000018', NULL, 0),  -- M045 Tohir Bobojonov
    ('60000000-0000-4000-8000-000000000046', '30000000-0000-4000-8000-000000000004', NULL, 0),  -- M046 Jamshed Hasanov
    ('60000000-0000-4000-8000-000000000046', '30000000-0000-4000-8000-000000000003', NULL, 1),  -- M046 Bakhtiyor Olimov
    ('60000000-0000-4000-8000-000000000047', '30000000-0000-4000-8000-000000000026', NULL, 0),  -- M047 Nurullo Hikmatov
    ('60000000-0000-4000-8000-000000000047', '30000000-0000-4000-8000-000000000014', NULL, 1),  -- M047 Abdusalom Qahhorov
    ('60000000-0000-4000-8000-000000000048', '30000000-0000-4000-8000-000000000005', NULL, 0),  -- M048 Kamoliddin Sadulloev
    ('60000000-0000-4000-8000-000000000049', '30000000-0000-4000-8000-000000000019', NULL, 0),  -- M049 Jahongir Valiev
    ('60000000-0000-4000-8000-000000000050', NULL, '20000000-0000-4000-8000-000000000016', 0),  -- M050 Khatlon Oblast Hukumat
    ('60000000-0000-4000-8000-000000000050', '30000000-0000-4000-8000-000000000020', NULL, 1),  -- M050 Firuz Mirov
    ('60000000-0000-4000-8000-000000000051', '30000000-0000-4000-8000-000000000037', NULL, 0),  -- M051 Dilorom Saidalieva
    ('60000000-0000-4000-8000-000000000051', '30000000-0000-4000-8000-000000000044', NULL, 1),  -- M051 Sofia Brandtner
    ('60000000-0000-4000-8000-000000000052', '30000000-0000-4000-8000-000000000025', NULL, 0),  -- M052 Abduvohid Kholov
    ('60000000-0000-4000-8000-000000000053', '30000000-0000-4000-8000-000000000028', NULL, 0),  -- M053 Valijon Ismatov
    ('60000000-0000-4000-8000-000000000054', '30000000-0000-4000-8000-000000000033', NULL, 0),  -- M054 Shahlo Rasulova
    ('60000000-0000-4000-8000-000000000054', '30000000-0000-4000-8000-000000000024', NULL, 1),  -- M054 Nigina Ahmadova
    ('60000000-0000-4000-8000-000000000054', NULL, '20000000-0000-4000-8000-000000000016', 2),  -- M054 Khatlon Oblast Hukumat
    ('60000000-0000-4000-8000-000000000055', '30000000-0000-4000-8000-000000000039', NULL, 0),  -- M055 Abdurahmon Hakimov
    ('60000000-0000-4000-8000-000000000055', NULL, '20000000-0000-4000-8000-000000000034', 1),  -- M055 Islamic Centre of Tajikistan
    ('60000000-0000-4000-8000-000000000056', '30000000-0000-4000-8000-000000000011', NULL, 0),  -- M056 Rustam Sangov
    ('60000000-0000-4000-8000-000000000056', '30000000-0000-4000-8000-000000000012', NULL, 1),  -- M056 Ilhom Davlatshoev
    ('60000000-0000-4000-8000-000000000057', '30000000-0000-4000-8000-000000000012', NULL, 0),  -- M057 Ilhom Davlatshoev
    ('60000000-0000-4000-8000-000000000058', '30000000-0000-4000-8000-000000000042', NULL, 0),  -- M058 Orzu Hamidova
    ('60000000-0000-4000-8000-000000000058', NULL, '20000000-0000-4000-8000-000000000038', 1),  -- M058 UNDP Tajikistan
    ('60000000-0000-4000-8000-000000000059', '30000000-0000-4000-8000-000000000007', NULL, 0),  -- M059 Gulnora Yusupova
    ('60000000-0000-4000-8000-000000000060', NULL, '20000000-0000-4000-8000-000000000002', 0),  -- M060 Ministry of Justice
    ('60000000-0000-4000-8000-000000000061', '30000000-0000-4000-8000-000000000011', NULL, 0),  -- M061 Rustam Sangov
    ('60000000-0000-4000-8000-000000000062', '30000000-0000-4000-8000-000000000029', NULL, 0),  -- M062 Abdulhamid Raufov
    ('60000000-0000-4000-8000-000000000063', '30000000-0000-4000-8000-000000000040', NULL, 0),  -- M063 Firuza Ashurova
    ('60000000-0000-4000-8000-000000000064', '30000000-0000-4000-8000-000000000034', NULL, 0),  -- M064 Jamshed Odinaev
    ('60000000-0000-4000-8000-000000000065', '30000000-0000-4000-8000-000000000022', NULL, 0),  -- M065 Mamadsho Qurbonshoev
    ('60000000-0000-4000-8000-000000000065', NULL, '20000000-0000-4000-8000-000000000018', 1),  -- M065 GBAO Hukumat
    ('60000000-0000-4000-8000-000000000066', '30000000-0000-4000-8000-000000000017', NULL, 0),  -- M066 Sohib Qurbonaliev
    ('60000000-0000-4000-8000-000000000066', '30000000-0000-4000-8000-000000000014', NULL, 1),  -- M066 Abdusalom Qahhorov
    ('60000000-0000-4000-8000-000000000067', '30000000-0000-4000-8000-000000000041', NULL, 0),  -- M067 Hanna Lindroos
    ('60000000-0000-4000-8000-000000000067', '30000000-0000-4000-8000-000000000045', NULL, 1),  -- M067 Matthias Ebner-Kolb
    ('60000000-0000-4000-8000-000000000068', '30000000-0000-4000-8000-000000000015', NULL, 0),  -- M068 Mirzo Zafarov
    ('60000000-0000-4000-8000-000000000068', '30000000-0000-4000-8000-000000000016', NULL, 1),  -- M068 Malika Saidova
    ('60000000-0000-4000-8000-000000000069', '30000000-0000-4000-8000-000000000002', NULL, 0),  -- M069 Zarina Qodirova
    ('60000000-0000-4000-8000-000000000069', '30000000-0000-4000-8000-000000000029', NULL, 1),  -- M069 Abdulhamid Raufov
    ('60000000-0000-4000-8000-000000000069', '30000000-0000-4000-8000-000000000032', NULL, 2),  -- M069 Tahmina Zokirova
    ('60000000-0000-4000-8000-000000000069', '30000000-0000-4000-8000-000000000025', NULL, 3),  -- M069 Abduvohid Kholov
    ('60000000-0000-4000-8000-000000000070', '30000000-0000-4000-8000-000000000006', NULL, 0),  -- M070 Nurali Bobokalonov
    ('60000000-0000-4000-8000-000000000071', '30000000-0000-4000-8000-000000000026', NULL, 0),  -- M071 Nurullo Hikmatov
    ('60000000-0000-4000-8000-000000000071', '30000000-0000-4000-8000-000000000027', NULL, 1),  -- M071 Sadriddin Umarov
    ('60000000-0000-4000-8000-000000000072', '30000000-0000-4000-8000-000000000043', NULL, 0),  -- M072 Julien Marchetto
    ('60000000-0000-4000-8000-000000000073', '30000000-0000-4000-8000-000000000008', NULL, 0),  -- M073 Saidmurod Khojaev
    ('60000000-0000-4000-8000-000000000074', NULL, '20000000-0000-4000-8000-000000000021', 0),  -- M074 People's Democratic Party of Tajikistan
    ('60000000-0000-4000-8000-000000000074', NULL, '20000000-0000-4000-8000-000000000022', 1),  -- M074 Islamic Revival Party of Tajikistan
    ('60000000-0000-4000-8000-000000000074', NULL, '20000000-0000-4000-8000-000000000023', 2),  -- M074 Communist Party of Tajikistan
    ('60000000-0000-4000-8000-000000000074', NULL, '20000000-0000-4000-8000-000000000024', 3),  -- M074 Democratic Party of Tajikistan
    ('60000000-0000-4000-8000-000000000075', '30000000-0000-4000-8000-000000000020', NULL, 0),  -- M075 Firuz Mirov
    ('60000000-0000-4000-8000-000000000075', '30000000-0000-4000-8000-000000000010', NULL, 1),  -- M075 Anvar Qurbonov
    ('60000000-0000-4000-8000-000000000076', '30000000-0000-4000-8000-000000000023', NULL, 0),  -- M076 Hayot Sharifov
    ('60000000-0000-4000-8000-000000000076', NULL, '20000000-0000-4000-8000-000000000004', 1),  -- M076 Ministry of Internal Affairs
    ('60000000-0000-4000-8000-000000000077', '30000000-0000-4000-8000-000000000033', NULL, 0),  -- M077 Shahlo Rasulova
    ('60000000-0000-4000-8000-000000000077', '30000000-0000-4000-8000-000000000032', NULL, 1),  -- M077 Tahmina Zokirova
    ('60000000-0000-4000-8000-000000000078', '30000000-0000-4000-8000-000000000024', NULL, 0),  -- M078 Nigina Ahmadova
    ('60000000-0000-4000-8000-000000000079', '30000000-0000-4000-8000-000000000025', NULL, 0),  -- M079 Abduvohid Kholov
    ('60000000-0000-4000-8000-000000000079', '30000000-0000-4000-8000-000000000013', NULL, 1),  -- M079 Odina Haydarov
    ('60000000-0000-4000-8000-000000000080', '30000000-0000-4000-8000-000000000012', NULL, 0),  -- M080 Ilhom Davlatshoev
    ('60000000-0000-4000-8000-000000000081', '30000000-0000-4000-8000-000000000001', NULL, 0),  -- M081 Farhod Nurmatov
    ('60000000-0000-4000-8000-000000000081', '30000000-0000-4000-8000-000000000002', NULL, 1),  -- M081 Zarina Qodirova
    ('60000000-0000-4000-8000-000000000082', '30000000-0000-4000-8000-000000000039', NULL, 0),  -- M082 Abdurahmon Hakimov
    ('60000000-0000-4000-8000-000000000083', '30000000-0000-4000-8000-000000000045', NULL, 0),  -- M083 Matthias Ebner-Kolb
    ('60000000-0000-4000-8000-000000000084', '30000000-0000-4000-8000-000000000019', NULL, 0),  -- M084 Jahongir Valiev
    ('60000000-0000-4000-8000-000000000085', '30000000-0000-4000-8000-000000000018', NULL, 0),  -- M085 Tohir Bobojonov
    ('60000000-0000-4000-8000-000000000086', NULL, '20000000-0000-4000-8000-000000000033', 0),  -- M086 Association of Scientific and Technical Intelligentsia of Tajikistan
    ('60000000-0000-4000-8000-000000000086', '30000000-0000-4000-8000-000000000038', NULL, 1),  -- M086 Saidali Rizoev
    ('60000000-0000-4000-8000-000000000086', '30000000-0000-4000-8000-000000000031', NULL, 2),  -- M086 Bahrom Ibodov
    ('60000000-0000-4000-8000-000000000086', '30000000-0000-4000-8000-000000000042', NULL, 3),  -- M086 Orzu Hamidova
    ('60000000-0000-4000-8000-000000000087', '30000000-0000-4000-8000-000000000026', NULL, 0),  -- M087 Nurullo Hikmatov
    ('60000000-0000-4000-8000-000000000087', '30000000-0000-4000-8000-000000000014', NULL, 1),  -- M087 Abdusalom Qahhorov
    ('60000000-0000-4000-8000-000000000088', NULL, '20000000-0000-4000-8000-000000000004', 0),  -- M088 Ministry of Internal Affairs
    ('60000000-0000-4000-8000-000000000089', NULL, '20000000-0000-4000-8000-000000000038', 0),  -- M089 UNDP Tajikistan
    ('60000000-0000-4000-8000-000000000089', NULL, '20000000-0000-4000-8000-000000000037', 1);  -- M089 OSCE Mission to Tajikistan

-- Mission staff at each meeting
INSERT INTO meeting_staff (meeting_id, user_id) VALUES
    ('60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001'),  -- M001 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002'),  -- M001 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001'),  -- M002 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000004'),  -- M002 Nodira Umarali
    ('60000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000002'),  -- M003 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000004'),  -- M003 Nodira Umarali
    ('60000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000002'),  -- M004 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000002'),  -- M005 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000002'),  -- M006 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000004'),  -- M006 Nodira Umarali
    ('60000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000002'),  -- M007 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000008', '10000000-0000-4000-8000-000000000005'),  -- M008 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000008', '10000000-0000-4000-8000-000000000002'),  -- M008 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000009', '10000000-0000-4000-8000-000000000001'),  -- M009 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000009', '10000000-0000-4000-8000-000000000005'),  -- M009 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000010', '10000000-0000-4000-8000-000000000002'),  -- M010 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000010', '10000000-0000-4000-8000-000000000004'),  -- M010 Nodira Umarali
    ('60000000-0000-4000-8000-000000000011', '10000000-0000-4000-8000-000000000002'),  -- M011 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000011', '10000000-0000-4000-8000-000000000005'),  -- M011 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000012', '10000000-0000-4000-8000-000000000002'),  -- M012 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000012', '10000000-0000-4000-8000-000000000004'),  -- M012 Nodira Umarali
    ('60000000-0000-4000-8000-000000000013', '10000000-0000-4000-8000-000000000003'),  -- M013 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000013', '10000000-0000-4000-8000-000000000004'),  -- M013 Nodira Umarali
    ('60000000-0000-4000-8000-000000000014', '10000000-0000-4000-8000-000000000003'),  -- M014 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000015', '10000000-0000-4000-8000-000000000003'),  -- M015 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000015', '10000000-0000-4000-8000-000000000004'),  -- M015 Nodira Umarali
    ('60000000-0000-4000-8000-000000000016', '10000000-0000-4000-8000-000000000001'),  -- M016 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000016', '10000000-0000-4000-8000-000000000002'),  -- M016 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000017', '10000000-0000-4000-8000-000000000003'),  -- M017 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000017', '10000000-0000-4000-8000-000000000004'),  -- M017 Nodira Umarali
    ('60000000-0000-4000-8000-000000000018', '10000000-0000-4000-8000-000000000004'),  -- M018 Nodira Umarali
    ('60000000-0000-4000-8000-000000000019', '10000000-0000-4000-8000-000000000001'),  -- M019 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000019', '10000000-0000-4000-8000-000000000004'),  -- M019 Nodira Umarali
    ('60000000-0000-4000-8000-000000000020', '10000000-0000-4000-8000-000000000001'),  -- M020 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000020', '10000000-0000-4000-8000-000000000003'),  -- M020 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000021', '10000000-0000-4000-8000-000000000001'),  -- M021 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000022', '10000000-0000-4000-8000-000000000002'),  -- M022 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000022', '10000000-0000-4000-8000-000000000005'),  -- M022 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000023', '10000000-0000-4000-8000-000000000005'),  -- M023 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000024', '10000000-0000-4000-8000-000000000001'),  -- M024 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000024', '10000000-0000-4000-8000-000000000002'),  -- M024 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000025', '10000000-0000-4000-8000-000000000005'),  -- M025 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000026', '10000000-0000-4000-8000-000000000003'),  -- M026 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000027', '10000000-0000-4000-8000-000000000003'),  -- M027 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000027', '10000000-0000-4000-8000-000000000004'),  -- M027 Nodira Umarali
    ('60000000-0000-4000-8000-000000000028', '10000000-0000-4000-8000-000000000002'),  -- M028 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000028', '10000000-0000-4000-8000-000000000004'),  -- M028 Nodira Umarali
    ('60000000-0000-4000-8000-000000000029', '10000000-0000-4000-8000-000000000004'),  -- M029 Nodira Umarali
    ('60000000-0000-4000-8000-000000000030', '10000000-0000-4000-8000-000000000001'),  -- M030 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000030', '10000000-0000-4000-8000-000000000002'),  -- M030 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000031', '10000000-0000-4000-8000-000000000002'),  -- M031 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000031', '10000000-0000-4000-8000-000000000004'),  -- M031 Nodira Umarali
    ('60000000-0000-4000-8000-000000000032', '10000000-0000-4000-8000-000000000004'),  -- M032 Nodira Umarali
    ('60000000-0000-4000-8000-000000000033', '10000000-0000-4000-8000-000000000003'),  -- M033 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000033', '10000000-0000-4000-8000-000000000004'),  -- M033 Nodira Umarali
    ('60000000-0000-4000-8000-000000000034', '10000000-0000-4000-8000-000000000003'),  -- M034 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000035', '10000000-0000-4000-8000-000000000004'),  -- M035 Nodira Umarali
    ('60000000-0000-4000-8000-000000000036', '10000000-0000-4000-8000-000000000001'),  -- M036 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000036', '10000000-0000-4000-8000-000000000005'),  -- M036 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000037', '10000000-0000-4000-8000-000000000005'),  -- M037 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000037', '10000000-0000-4000-8000-000000000002'),  -- M037 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000038', '10000000-0000-4000-8000-000000000003'),  -- M038 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000039', '10000000-0000-4000-8000-000000000003'),  -- M039 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000039', '10000000-0000-4000-8000-000000000004'),  -- M039 Nodira Umarali
    ('60000000-0000-4000-8000-000000000040', '10000000-0000-4000-8000-000000000001'),  -- M040 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000041', '10000000-0000-4000-8000-000000000003'),  -- M041 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000041', '10000000-0000-4000-8000-000000000004'),  -- M041 Nodira Umarali
    ('60000000-0000-4000-8000-000000000042', '10000000-0000-4000-8000-000000000002'),  -- M042 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000043', '10000000-0000-4000-8000-000000000002'),  -- M043 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000043', '10000000-0000-4000-8000-000000000004'),  -- M043 Nodira Umarali
    ('60000000-0000-4000-8000-000000000044', '10000000-0000-4000-8000-000000000002'),  -- M044 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000044', '10000000-0000-4000-8000-000000000003'),  -- M044 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000045', '10000000-0000-4000-8000-000000000001'),  -- M045 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000045', '10000000-0000-4000-8000-000000000004'),  -- M045 Nodira Umarali
    ('60000000-0000-4000-8000-000000000046', '10000000-0000-4000-8000-000000000001'),  -- M046 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000047', '10000000-0000-4000-8000-000000000002'),  -- M047 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000047', '10000000-0000-4000-8000-000000000005'),  -- M047 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000048', '10000000-0000-4000-8000-000000000002'),  -- M048 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000048', '10000000-0000-4000-8000-000000000005'),  -- M048 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000049', '10000000-0000-4000-8000-000000000002'),  -- M049 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000050', '10000000-0000-4000-8000-000000000005'),  -- M050 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000051', '10000000-0000-4000-8000-000000000005'),  -- M051 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000051', '10000000-0000-4000-8000-000000000003'),  -- M051 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000052', '10000000-0000-4000-8000-000000000001'),  -- M052 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000052', '10000000-0000-4000-8000-000000000002'),  -- M052 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000053', '10000000-0000-4000-8000-000000000002'),  -- M053 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000054', '10000000-0000-4000-8000-000000000004'),  -- M054 Nodira Umarali
    ('60000000-0000-4000-8000-000000000054', '10000000-0000-4000-8000-000000000005'),  -- M054 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000055', '10000000-0000-4000-8000-000000000001'),  -- M055 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000055', '10000000-0000-4000-8000-000000000004'),  -- M055 Nodira Umarali
    ('60000000-0000-4000-8000-000000000056', '10000000-0000-4000-8000-000000000001'),  -- M056 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000057', '10000000-0000-4000-8000-000000000002'),  -- M057 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000058', '10000000-0000-4000-8000-000000000005'),  -- M058 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000058', '10000000-0000-4000-8000-000000000001'),  -- M058 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000059', '10000000-0000-4000-8000-000000000005'),  -- M059 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000060', '10000000-0000-4000-8000-000000000002'),  -- M060 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000061', '10000000-0000-4000-8000-000000000005'),  -- M061 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000062', '10000000-0000-4000-8000-000000000002'),  -- M062 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000063', '10000000-0000-4000-8000-000000000003'),  -- M063 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000064', '10000000-0000-4000-8000-000000000003'),  -- M064 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000065', '10000000-0000-4000-8000-000000000005'),  -- M065 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000065', '10000000-0000-4000-8000-000000000003'),  -- M065 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000066', '10000000-0000-4000-8000-000000000002'),  -- M066 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000066', '10000000-0000-4000-8000-000000000004'),  -- M066 Nodira Umarali
    ('60000000-0000-4000-8000-000000000067', '10000000-0000-4000-8000-000000000003'),  -- M067 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000068', '10000000-0000-4000-8000-000000000002'),  -- M068 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000069', '10000000-0000-4000-8000-000000000001'),  -- M069 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000069', '10000000-0000-4000-8000-000000000002'),  -- M069 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000070', '10000000-0000-4000-8000-000000000001'),  -- M070 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000070', '10000000-0000-4000-8000-000000000002'),  -- M070 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000071', '10000000-0000-4000-8000-000000000002'),  -- M071 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000071', '10000000-0000-4000-8000-000000000004'),  -- M071 Nodira Umarali
    ('60000000-0000-4000-8000-000000000072', '10000000-0000-4000-8000-000000000003'),  -- M072 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000072', '10000000-0000-4000-8000-000000000001'),  -- M072 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000073', '10000000-0000-4000-8000-000000000003'),  -- M073 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000074', '10000000-0000-4000-8000-000000000002'),  -- M074 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000074', '10000000-0000-4000-8000-000000000004'),  -- M074 Nodira Umarali
    ('60000000-0000-4000-8000-000000000075', '10000000-0000-4000-8000-000000000001'),  -- M075 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000075', '10000000-0000-4000-8000-000000000005'),  -- M075 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000076', '10000000-0000-4000-8000-000000000005'),  -- M076 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000076', '10000000-0000-4000-8000-000000000002'),  -- M076 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000077', '10000000-0000-4000-8000-000000000004'),  -- M077 Nodira Umarali
    ('60000000-0000-4000-8000-000000000078', '10000000-0000-4000-8000-000000000004'),  -- M078 Nodira Umarali
    ('60000000-0000-4000-8000-000000000079', '10000000-0000-4000-8000-000000000001'),  -- M079 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000079', '10000000-0000-4000-8000-000000000002'),  -- M079 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000080', '10000000-0000-4000-8000-000000000001'),  -- M080 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000081', '10000000-0000-4000-8000-000000000002'),  -- M081 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000081', '10000000-0000-4000-8000-000000000004'),  -- M081 Nodira Umarali
    ('60000000-0000-4000-8000-000000000082', '10000000-0000-4000-8000-000000000004'),  -- M082 Nodira Umarali
    ('60000000-0000-4000-8000-000000000083', '10000000-0000-4000-8000-000000000003'),  -- M083 Ines Carvalho-Reyes
    ('60000000-0000-4000-8000-000000000084', '10000000-0000-4000-8000-000000000002'),  -- M084 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000085', '10000000-0000-4000-8000-000000000001'),  -- M085 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000086', '10000000-0000-4000-8000-000000000001'),  -- M086 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000086', '10000000-0000-4000-8000-000000000005'),  -- M086 Bahodur Nazrizoda
    ('60000000-0000-4000-8000-000000000087', '10000000-0000-4000-8000-000000000001'),  -- M087 Agnes Thorvald
    ('60000000-0000-4000-8000-000000000087', '10000000-0000-4000-8000-000000000002'),  -- M087 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000088', '10000000-0000-4000-8000-000000000002'),  -- M088 Oliver Penhallow
    ('60000000-0000-4000-8000-000000000089', '10000000-0000-4000-8000-000000000001');  -- M089 Agnes Thorvald

-- Positions stated at meetings; stated_at is the meeting's starts_at.
INSERT INTO positions (id, meeting_id, issue_id, person_id, organization_id, stance, quote, stated_at) VALUES
    ('70000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000011', NULL, +2, 'The referendum settled the constitutional questions; what remains is to implement the new laws.', '2000-06-02 10:00:00+05'),  -- M001 Rustam Sangov on I12
    ('70000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000011', NULL, -1, 'Registration is a matter for the Ministry of Justice and the law, not for negotiation.', '2000-06-02 10:00:00+05'),  -- M001 Rustam Sangov on I07
    ('70000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000026', NULL, +2, 'Dozens of our people are still held despite the amnesty. This is the first test of the peace.', '2000-06-05 15:00:00+05'),  -- M003 Nurullo Hikmatov on I01
    ('70000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000026', NULL, +2, 'The observers'' report says what we have been saying since February.', '2000-06-05 15:00:00+05'),  -- M003 Nurullo Hikmatov on I03
    ('70000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000014', NULL, +2, '', '2000-06-05 15:00:00+05'),  -- M003 Abdusalom Qahhorov on I02
    ('70000000-0000-4000-8000-000000000006', '60000000-0000-4000-8000-000000000004', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000025', NULL, -1, 'The law can be improved, but not rewritten under outside pressure.', '2000-06-06 10:00:00+05'),  -- M004 Abduvohid Kholov on I03
    ('70000000-0000-4000-8000-000000000007', '60000000-0000-4000-8000-000000000004', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000025', NULL, -1, '', '2000-06-06 10:00:00+05'),  -- M004 Abduvohid Kholov on I07
    ('70000000-0000-4000-8000-000000000008', '60000000-0000-4000-8000-000000000005', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000041', NULL, +2, '', '2000-06-07 14:00:00+05'),  -- M005 Hanna Lindroos on I03
    ('70000000-0000-4000-8000-000000000009', '60000000-0000-4000-8000-000000000006', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000001', NULL, -1, 'Parties must meet the requirements of the law, including signatures from the regions.', '2000-06-08 10:00:00+05'),  -- M006 Farhod Nurmatov on I07
    ('70000000-0000-4000-8000-000000000010', '60000000-0000-4000-8000-000000000006', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000002', NULL, -1, '', '2000-06-08 10:00:00+05'),  -- M006 Zarina Qodirova on I07
    ('70000000-0000-4000-8000-000000000011', '60000000-0000-4000-8000-000000000006', '50000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000001', NULL, +1, 'We welcome help with training judges on the new codes.', '2000-06-08 10:00:00+05'),  -- M006 Farhod Nurmatov on I06
    ('70000000-0000-4000-8000-000000000012', '60000000-0000-4000-8000-000000000007', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000015', NULL, +0, 'Some technical recommendations can be considered; the rest is for the Majlisi Oli.', '2000-06-09 11:00:00+05'),  -- M007 Mirzo Zafarov on I03
    ('70000000-0000-4000-8000-000000000013', '60000000-0000-4000-8000-000000000007', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000016', NULL, +1, '', '2000-06-09 11:00:00+05'),  -- M007 Malika Saidova on I03
    ('70000000-0000-4000-8000-000000000014', '60000000-0000-4000-8000-000000000008', '50000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000023', NULL, +2, 'Give them work and the guns will stay in the cellar.', '2000-06-12 09:30:00+05'),  -- M008 Hayot Sharifov on I02
    ('70000000-0000-4000-8000-000000000015', '60000000-0000-4000-8000-000000000008', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000023', NULL, +1, '', '2000-06-12 09:30:00+05'),  -- M008 Hayot Sharifov on I05
    ('70000000-0000-4000-8000-000000000016', '60000000-0000-4000-8000-000000000009', '50000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000042', NULL, +2, '', '2000-06-13 10:00:00+05'),  -- M009 Orzu Hamidova on I02
    ('70000000-0000-4000-8000-000000000017', '60000000-0000-4000-8000-000000000010', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000028', NULL, +2, 'Keep the mixed system, but the count must be open to every party''s observers.', '2000-06-14 15:00:00+05'),  -- M010 Valijon Ismatov on I03
    ('70000000-0000-4000-8000-000000000018', '60000000-0000-4000-8000-000000000010', '50000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000028', NULL, -1, 'The seven-year term was a mistake.', '2000-06-14 15:00:00+05'),  -- M010 Valijon Ismatov on I12
    ('70000000-0000-4000-8000-000000000019', '60000000-0000-4000-8000-000000000011', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000005', NULL, +2, 'Anyone who hands in a weapon voluntarily will not be prosecuted for possession.', '2000-06-15 10:00:00+05'),  -- M011 Kamoliddin Sadulloev on I05
    ('70000000-0000-4000-8000-000000000020', '60000000-0000-4000-8000-000000000011', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000005', NULL, -1, 'The amnesty cannot cover grave crimes; the lists must be checked case by case.', '2000-06-15 10:00:00+05'),  -- M011 Kamoliddin Sadulloev on I01
    ('70000000-0000-4000-8000-000000000021', '60000000-0000-4000-8000-000000000012', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000019', NULL, -1, 'Each case is reviewed individually. Many names on the opposition''s list are wanted for ordinary crimes.', '2000-06-16 11:00:00+05'),  -- M012 Jahongir Valiev on I01
    ('70000000-0000-4000-8000-000000000022', '60000000-0000-4000-8000-000000000013', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000033', NULL, +2, 'A handful of women in parliament is not representation.', '2000-06-17 10:00:00+05'),  -- M013 Shahlo Rasulova on I11
    ('70000000-0000-4000-8000-000000000023', '60000000-0000-4000-8000-000000000013', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000032', NULL, +2, '', '2000-06-17 10:00:00+05'),  -- M013 Tahmina Zokirova on I07
    ('70000000-0000-4000-8000-000000000024', '60000000-0000-4000-8000-000000000014', '50000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000043', NULL, +2, '', '2000-06-19 14:00:00+05'),  -- M014 Julien Marchetto on I04
    ('70000000-0000-4000-8000-000000000025', '60000000-0000-4000-8000-000000000015', '50000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000008', NULL, +1, 'Returnees need documents and land; we have neither budget nor staff.', '2000-06-20 10:00:00+05'),  -- M015 Saidmurod Khojaev on I04
    ('70000000-0000-4000-8000-000000000026', '60000000-0000-4000-8000-000000000016', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000015', NULL, +0, '', '2000-06-21 10:00:00+05'),  -- M016 Mirzo Zafarov on I03
    ('70000000-0000-4000-8000-000000000027', '60000000-0000-4000-8000-000000000016', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000025', NULL, -1, 'We are ready to listen to technical proposals.', '2000-06-21 10:00:00+05'),  -- M016 Abduvohid Kholov on I03
    ('70000000-0000-4000-8000-000000000028', '60000000-0000-4000-8000-000000000016', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000026', NULL, +2, '', '2000-06-21 10:00:00+05'),  -- M016 Nurullo Hikmatov on I03
    ('70000000-0000-4000-8000-000000000029', '60000000-0000-4000-8000-000000000016', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000028', NULL, +2, '', '2000-06-21 10:00:00+05'),  -- M016 Valijon Ismatov on I03
    ('70000000-0000-4000-8000-000000000030', '60000000-0000-4000-8000-000000000017', '50000000-0000-4000-8000-000000000008', NULL, '20000000-0000-4000-8000-000000000029', +2, 'Licensing is used to keep independent stations off the air.', '2000-06-22 11:00:00+05'),  -- M017 National Association of Independent Mass Media of Tajikistan on I08
    ('70000000-0000-4000-8000-000000000031', '60000000-0000-4000-8000-000000000018', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000024', NULL, +1, '', '2000-06-23 10:00:00+05'),  -- M018 Nigina Ahmadova on I11
    ('70000000-0000-4000-8000-000000000032', '60000000-0000-4000-8000-000000000019', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000039', NULL, -1, 'Women''s place in public life must respect tradition.', '2000-06-24 10:00:00+05'),  -- M019 Abdurahmon Hakimov on I11
    ('70000000-0000-4000-8000-000000000033', '60000000-0000-4000-8000-000000000020', '50000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000013', NULL, +2, 'The bicameral parliament gives former opponents a place in the state.', '2000-06-26 10:00:00+05'),  -- M020 Odina Haydarov on I12
    ('70000000-0000-4000-8000-000000000034', '60000000-0000-4000-8000-000000000020', '50000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000014', NULL, +1, 'The Constitution is good. Whether the 30 per cent quota is honoured after the transition is the real question.', '2000-06-26 10:00:00+05'),  -- M020 Abdusalom Qahhorov on I12
    ('70000000-0000-4000-8000-000000000035', '60000000-0000-4000-8000-000000000020', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000038', NULL, +1, '', '2000-06-26 10:00:00+05'),  -- M020 Saidali Rizoev on I07
    ('70000000-0000-4000-8000-000000000036', '60000000-0000-4000-8000-000000000022', '50000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000006', NULL, +1, 'Those who stayed in the army are being retrained; the discharged are for the Ministry of Labour.', '2000-06-29 10:00:00+05'),  -- M022 Nurali Bobokalonov on I02
    ('70000000-0000-4000-8000-000000000037', '60000000-0000-4000-8000-000000000022', '50000000-0000-4000-8000-000000000009', '30000000-0000-4000-8000-000000000006', NULL, +1, '', '2000-06-29 10:00:00+05'),  -- M022 Nurali Bobokalonov on I09
    ('70000000-0000-4000-8000-000000000038', '60000000-0000-4000-8000-000000000023', '50000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000007', NULL, +1, 'We can place people in public works if donors pay the wages.', '2000-06-30 11:00:00+05'),  -- M023 Gulnora Yusupova on I02
    ('70000000-0000-4000-8000-000000000039', '60000000-0000-4000-8000-000000000024', '50000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000011', NULL, -1, 'State television belongs to all citizens, not to party propaganda.', '2000-07-03 10:00:00+05'),  -- M024 Rustam Sangov on I08
    ('70000000-0000-4000-8000-000000000040', '60000000-0000-4000-8000-000000000024', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000011', NULL, -1, '', '2000-07-03 10:00:00+05'),  -- M024 Rustam Sangov on I07
    ('70000000-0000-4000-8000-000000000041', '60000000-0000-4000-8000-000000000025', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000020', NULL, +2, 'Without seed and water pumps there will be no harvest to recover.', '2000-07-04 09:00:00+05'),  -- M025 Firuz Mirov on I10
    ('70000000-0000-4000-8000-000000000042', '60000000-0000-4000-8000-000000000025', '50000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000020', NULL, +1, '', '2000-07-04 09:00:00+05'),  -- M025 Firuz Mirov on I04
    ('70000000-0000-4000-8000-000000000043', '60000000-0000-4000-8000-000000000026', '50000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000036', NULL, +2, '', '2000-07-05 14:00:00+05'),  -- M026 Parviz Tursunov on I08
    ('70000000-0000-4000-8000-000000000044', '60000000-0000-4000-8000-000000000027', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000034', NULL, +2, 'Families come to us because nobody tells them whether the amnesty applies.', '2000-07-06 10:00:00+05'),  -- M027 Jamshed Odinaev on I01
    ('70000000-0000-4000-8000-000000000045', '60000000-0000-4000-8000-000000000027', '50000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000034', NULL, +2, '', '2000-07-06 10:00:00+05'),  -- M027 Jamshed Odinaev on I06
    ('70000000-0000-4000-8000-000000000046', '60000000-0000-4000-8000-000000000028', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000029', NULL, +2, 'Our wing has been refused twice on technicalities.', '2000-07-07 11:00:00+05'),  -- M028 Abdulhamid Raufov on I07
    ('70000000-0000-4000-8000-000000000047', '60000000-0000-4000-8000-000000000028', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000029', NULL, +2, '', '2000-07-07 11:00:00+05'),  -- M028 Abdulhamid Raufov on I03
    ('70000000-0000-4000-8000-000000000048', '60000000-0000-4000-8000-000000000029', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000030', NULL, +1, '', '2000-07-08 10:00:00+05'),  -- M029 Nozim Fayzulloev on I03
    ('70000000-0000-4000-8000-000000000049', '60000000-0000-4000-8000-000000000029', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000030', NULL, +1, '', '2000-07-08 10:00:00+05'),  -- M029 Nozim Fayzulloev on I07
    ('70000000-0000-4000-8000-000000000050', '60000000-0000-4000-8000-000000000030', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000017', NULL, -1, 'We will not reopen the election law in the first session.', '2000-07-10 10:00:00+05'),  -- M030 Sohib Qurbonaliev on I03
    ('70000000-0000-4000-8000-000000000051', '60000000-0000-4000-8000-000000000030', '50000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000013', NULL, +1, '', '2000-07-10 10:00:00+05'),  -- M030 Odina Haydarov on I06
    ('70000000-0000-4000-8000-000000000052', '60000000-0000-4000-8000-000000000030', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000017', NULL, +0, '', '2000-07-10 10:00:00+05'),  -- M030 Sohib Qurbonaliev on I01
    ('70000000-0000-4000-8000-000000000053', '60000000-0000-4000-8000-000000000031', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000026', NULL, +2, '', '2000-07-11 15:00:00+05'),  -- M031 Nurullo Hikmatov on I01
    ('70000000-0000-4000-8000-000000000054', '60000000-0000-4000-8000-000000000031', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000026', NULL, +0, 'Our former fighters will hand in weapons when they see the amnesty applied.', '2000-07-11 15:00:00+05'),  -- M031 Nurullo Hikmatov on I05
    ('70000000-0000-4000-8000-000000000055', '60000000-0000-4000-8000-000000000031', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000027', NULL, +2, '', '2000-07-11 15:00:00+05'),  -- M031 Sadriddin Umarov on I03
    ('70000000-0000-4000-8000-000000000056', '60000000-0000-4000-8000-000000000032', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000031', NULL, +2, '', '2000-07-12 10:00:00+05'),  -- M032 Bahrom Ibodov on I10
    ('70000000-0000-4000-8000-000000000057', '60000000-0000-4000-8000-000000000032', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000031', NULL, +0, '', '2000-07-12 10:00:00+05'),  -- M032 Bahrom Ibodov on I03
    ('70000000-0000-4000-8000-000000000058', '60000000-0000-4000-8000-000000000033', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000021', NULL, +1, '', '2000-07-13 10:00:00+05'),  -- M033 Zafar Ergashev on I01
    ('70000000-0000-4000-8000-000000000059', '60000000-0000-4000-8000-000000000033', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000019', NULL, +0, 'Where the documents are complete the Procuracy will apply the amnesty without delay.', '2000-07-13 10:00:00+05'),  -- M033 Jahongir Valiev on I01
    ('70000000-0000-4000-8000-000000000060', '60000000-0000-4000-8000-000000000034', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000021', NULL, +2, '', '2000-07-14 11:00:00+05'),  -- M034 Zafar Ergashev on I10
    ('70000000-0000-4000-8000-000000000061', '60000000-0000-4000-8000-000000000035', '50000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000009', NULL, +1, '', '2000-07-17 10:00:00+05'),  -- M035 Muhabbat Rajabova on I04
    ('70000000-0000-4000-8000-000000000062', '60000000-0000-4000-8000-000000000035', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000009', NULL, +1, 'Girls leaving school early in rural districts is our first concern.', '2000-07-17 10:00:00+05'),  -- M035 Muhabbat Rajabova on I11
    ('70000000-0000-4000-8000-000000000063', '60000000-0000-4000-8000-000000000036', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000010', NULL, +2, '', '2000-07-18 10:00:00+05'),  -- M036 Anvar Qurbonov on I10
    ('70000000-0000-4000-8000-000000000064', '60000000-0000-4000-8000-000000000037', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000014', NULL, +0, 'People here remember 1997. They keep a gun because they do not yet trust the police.', '2000-07-19 08:00:00+05'),  -- M037 Abdusalom Qahhorov on I05
    ('70000000-0000-4000-8000-000000000065', '60000000-0000-4000-8000-000000000037', '50000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000014', NULL, +2, '', '2000-07-19 08:00:00+05'),  -- M037 Abdusalom Qahhorov on I02
    ('70000000-0000-4000-8000-000000000066', '60000000-0000-4000-8000-000000000038', '50000000-0000-4000-8000-000000000009', '30000000-0000-4000-8000-000000000044', NULL, +2, '', '2000-07-20 11:00:00+05'),  -- M038 Sofia Brandtner on I09
    ('70000000-0000-4000-8000-000000000067', '60000000-0000-4000-8000-000000000039', '50000000-0000-4000-8000-000000000009', '30000000-0000-4000-8000-000000000037', NULL, +2, '', '2000-07-21 10:00:00+05'),  -- M039 Dilorom Saidalieva on I09
    ('70000000-0000-4000-8000-000000000068', '60000000-0000-4000-8000-000000000040', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000012', NULL, +0, 'Parties that are not registered can attend as guests, not as participants.', '2000-07-24 10:00:00+05'),  -- M040 Ilhom Davlatshoev on I07
    ('70000000-0000-4000-8000-000000000069', '60000000-0000-4000-8000-000000000041', '50000000-0000-4000-8000-000000000008', NULL, '20000000-0000-4000-8000-000000000029', +2, '', '2000-07-25 10:00:00+05'),  -- M041 National Association of Independent Mass Media of Tajikistan on I08
    ('70000000-0000-4000-8000-000000000070', '60000000-0000-4000-8000-000000000041', '50000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000040', NULL, +2, 'Journalists in the regions write what the hukumat allows.', '2000-07-25 10:00:00+05'),  -- M041 Firuza Ashurova on I08
    ('70000000-0000-4000-8000-000000000071', '60000000-0000-4000-8000-000000000041', '50000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000011', NULL, -1, 'There is no censorship in Tajikistan. There are licensing rules.', '2000-07-25 10:00:00+05'),  -- M041 Rustam Sangov on I08
    ('70000000-0000-4000-8000-000000000072', '60000000-0000-4000-8000-000000000041', '50000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000036', NULL, +2, '', '2000-07-25 10:00:00+05'),  -- M041 Parviz Tursunov on I08
    ('70000000-0000-4000-8000-000000000073', '60000000-0000-4000-8000-000000000042', '50000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000001', NULL, +1, '', '2000-07-26 11:00:00+05'),  -- M042 Farhod Nurmatov on I06
    ('70000000-0000-4000-8000-000000000074', '60000000-0000-4000-8000-000000000042', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000001', NULL, +0, 'If the Social Democrats correct their documents, the Ministry will look at them again.', '2000-07-26 11:00:00+05'),  -- M042 Farhod Nurmatov on I07
    ('70000000-0000-4000-8000-000000000075', '60000000-0000-4000-8000-000000000043', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000032', NULL, +2, 'We have resubmitted; now the Ministry asks for notarised copies of every member list.', '2000-07-27 10:00:00+05'),  -- M043 Tahmina Zokirova on I07
    ('70000000-0000-4000-8000-000000000076', '60000000-0000-4000-8000-000000000043', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000032', NULL, +2, '', '2000-07-27 10:00:00+05'),  -- M043 Tahmina Zokirova on I11
    ('70000000-0000-4000-8000-000000000077', '60000000-0000-4000-8000-000000000044', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000041', NULL, +2, '', '2000-07-28 14:00:00+05'),  -- M044 Hanna Lindroos on I03
    ('70000000-0000-4000-8000-000000000078', '60000000-0000-4000-8000-000000000045', '50000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000018', NULL, +2, '', '2000-07-31 10:00:00+05'),  -- M045 Tohir Bobojonov on I12
    ('70000000-0000-4000-8000-000000000079', '60000000-0000-4000-8000-000000000047', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000026', NULL, +1, 'If the Ministry puts the guarantee in writing, we will ask our people to take part.', '2000-08-02 16:00:00+05'),  -- M047 Nurullo Hikmatov on I05
    ('70000000-0000-4000-8000-000000000080', '60000000-0000-4000-8000-000000000047', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000014', NULL, +1, '', '2000-08-02 16:00:00+05'),  -- M047 Abdusalom Qahhorov on I05
    ('70000000-0000-4000-8000-000000000081', '60000000-0000-4000-8000-000000000048', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000005', NULL, +2, '', '2000-08-03 10:00:00+05'),  -- M048 Kamoliddin Sadulloev on I05
    ('70000000-0000-4000-8000-000000000082', '60000000-0000-4000-8000-000000000048', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000005', NULL, +0, 'Those covered by the amnesty have nothing to fear.', '2000-08-03 10:00:00+05'),  -- M048 Kamoliddin Sadulloev on I01
    ('70000000-0000-4000-8000-000000000083', '60000000-0000-4000-8000-000000000049', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000019', NULL, +1, 'Several files have been closed under the amnesty since June; more are under review.', '2000-08-04 15:00:00+05'),  -- M049 Jahongir Valiev on I01
    ('70000000-0000-4000-8000-000000000084', '60000000-0000-4000-8000-000000000050', '50000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000020', NULL, +1, '', '2000-08-07 09:00:00+05'),  -- M050 Firuz Mirov on I04
    ('70000000-0000-4000-8000-000000000085', '60000000-0000-4000-8000-000000000050', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000020', NULL, +2, '', '2000-08-07 09:00:00+05'),  -- M050 Firuz Mirov on I10
    ('70000000-0000-4000-8000-000000000086', '60000000-0000-4000-8000-000000000051', '50000000-0000-4000-8000-000000000009', '30000000-0000-4000-8000-000000000044', NULL, +2, '', '2000-08-08 09:00:00+05'),  -- M051 Sofia Brandtner on I09
    ('70000000-0000-4000-8000-000000000087', '60000000-0000-4000-8000-000000000051', '50000000-0000-4000-8000-000000000009', '30000000-0000-4000-8000-000000000037', NULL, +2, '', '2000-08-08 09:00:00+05'),  -- M051 Dilorom Saidalieva on I09
    ('70000000-0000-4000-8000-000000000088', '60000000-0000-4000-8000-000000000052', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000025', NULL, -2, 'Reopening the results is not on the table. Those who lost should prepare for the next elections.', '2000-08-09 10:00:00+05'),  -- M052 Abduvohid Kholov on I03
    ('70000000-0000-4000-8000-000000000089', '60000000-0000-4000-8000-000000000052', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000025', NULL, +0, 'Let the Social Democrats register if they meet the law; we are not afraid of competition.', '2000-08-09 10:00:00+05'),  -- M052 Abduvohid Kholov on I07
    ('70000000-0000-4000-8000-000000000090', '60000000-0000-4000-8000-000000000053', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000028', NULL, +1, 'We could accept amendments on observers and counting alone.', '2000-08-10 10:00:00+05'),  -- M053 Valijon Ismatov on I03
    ('70000000-0000-4000-8000-000000000091', '60000000-0000-4000-8000-000000000053', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000028', NULL, +1, '', '2000-08-10 10:00:00+05'),  -- M053 Valijon Ismatov on I07
    ('70000000-0000-4000-8000-000000000092', '60000000-0000-4000-8000-000000000054', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000033', NULL, +2, '', '2000-08-11 10:00:00+05'),  -- M054 Shahlo Rasulova on I11
    ('70000000-0000-4000-8000-000000000093', '60000000-0000-4000-8000-000000000054', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000024', NULL, +1, '', '2000-08-11 10:00:00+05'),  -- M054 Nigina Ahmadova on I11
    ('70000000-0000-4000-8000-000000000094', '60000000-0000-4000-8000-000000000054', '50000000-0000-4000-8000-000000000011', NULL, '20000000-0000-4000-8000-000000000016', +1, '', '2000-08-11 10:00:00+05'),  -- M054 Khatlon Oblast Hukumat on I11
    ('70000000-0000-4000-8000-000000000095', '60000000-0000-4000-8000-000000000055', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000039', NULL, +0, 'Educated women teaching girls serve both faith and the nation.', '2000-08-14 10:00:00+05'),  -- M055 Abdurahmon Hakimov on I11
    ('70000000-0000-4000-8000-000000000096', '60000000-0000-4000-8000-000000000055', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000039', NULL, +1, 'The mosques can call on people to hand in weapons.', '2000-08-14 10:00:00+05'),  -- M055 Abdurahmon Hakimov on I05
    ('70000000-0000-4000-8000-000000000097', '60000000-0000-4000-8000-000000000056', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000011', NULL, +0, 'The law allows registration; the Ministry will apply it.', '2000-08-15 10:00:00+05'),  -- M056 Rustam Sangov on I07
    ('70000000-0000-4000-8000-000000000098', '60000000-0000-4000-8000-000000000057', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000012', NULL, +0, '', '2000-08-16 11:00:00+05'),  -- M057 Ilhom Davlatshoev on I07
    ('70000000-0000-4000-8000-000000000099', '60000000-0000-4000-8000-000000000057', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000012', NULL, -1, 'Any change to the election law must come from the Majlisi Oli, not from abroad.', '2000-08-16 11:00:00+05'),  -- M057 Ilhom Davlatshoev on I03
    ('70000000-0000-4000-8000-000000000100', '60000000-0000-4000-8000-000000000058', '50000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000042', NULL, +2, '', '2000-08-17 10:00:00+05'),  -- M058 Orzu Hamidova on I02
    ('70000000-0000-4000-8000-000000000101', '60000000-0000-4000-8000-000000000058', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000042', NULL, +2, '', '2000-08-17 10:00:00+05'),  -- M058 Orzu Hamidova on I10
    ('70000000-0000-4000-8000-000000000102', '60000000-0000-4000-8000-000000000059', '50000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000007', NULL, +2, 'With UNDP funding for the first 300 trainees we can start courses in October.', '2000-08-18 10:00:00+05'),  -- M059 Gulnora Yusupova on I02
    ('70000000-0000-4000-8000-000000000103', '60000000-0000-4000-8000-000000000060', '50000000-0000-4000-8000-000000000007', NULL, '20000000-0000-4000-8000-000000000002', +0, 'The application will be reconsidered on submission of the corrected documents.', '2000-08-21 09:00:00+05'),  -- M060 Ministry of Justice on I07
    ('70000000-0000-4000-8000-000000000104', '60000000-0000-4000-8000-000000000061', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000011', NULL, +2, '', '2000-08-22 10:00:00+05'),  -- M061 Rustam Sangov on I10
    ('70000000-0000-4000-8000-000000000105', '60000000-0000-4000-8000-000000000061', '50000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000011', NULL, +1, 'Returnee families will get land plots in the spring allocation.', '2000-08-22 10:00:00+05'),  -- M061 Rustam Sangov on I04
    ('70000000-0000-4000-8000-000000000106', '60000000-0000-4000-8000-000000000062', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000029', NULL, +2, '', '2000-08-23 10:00:00+05'),  -- M062 Abdulhamid Raufov on I07
    ('70000000-0000-4000-8000-000000000107', '60000000-0000-4000-8000-000000000062', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000029', NULL, +2, 'Without more proportional seats for small parties the lower chamber stays a one-party house.', '2000-08-23 10:00:00+05'),  -- M062 Abdulhamid Raufov on I03
    ('70000000-0000-4000-8000-000000000108', '60000000-0000-4000-8000-000000000063', '50000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000040', NULL, +2, '', '2000-08-24 14:00:00+05'),  -- M063 Firuza Ashurova on I08
    ('70000000-0000-4000-8000-000000000109', '60000000-0000-4000-8000-000000000064', '50000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000034', NULL, +2, '', '2000-08-25 10:00:00+05'),  -- M064 Jamshed Odinaev on I06
    ('70000000-0000-4000-8000-000000000110', '60000000-0000-4000-8000-000000000064', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000034', NULL, +1, 'Some releases have happened, slowly. Lawyers still cannot see the files.', '2000-08-25 10:00:00+05'),  -- M064 Jamshed Odinaev on I01
    ('70000000-0000-4000-8000-000000000111', '60000000-0000-4000-8000-000000000065', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000022', NULL, +2, 'Recovery here means the road and the power line.', '2000-08-28 09:00:00+05'),  -- M065 Mamadsho Qurbonshoev on I10
    ('70000000-0000-4000-8000-000000000112', '60000000-0000-4000-8000-000000000065', '50000000-0000-4000-8000-000000000009', '30000000-0000-4000-8000-000000000022', NULL, +1, '', '2000-08-28 09:00:00+05'),  -- M065 Mamadsho Qurbonshoev on I09
    ('70000000-0000-4000-8000-000000000113', '60000000-0000-4000-8000-000000000066', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000017', NULL, +1, 'The chamber will consider the Procuracy''s proposals in the autumn session.', '2000-08-30 10:00:00+05'),  -- M066 Sohib Qurbonaliev on I01
    ('70000000-0000-4000-8000-000000000114', '60000000-0000-4000-8000-000000000066', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000014', NULL, +2, '', '2000-08-30 10:00:00+05'),  -- M066 Abdusalom Qahhorov on I01
    ('70000000-0000-4000-8000-000000000115', '60000000-0000-4000-8000-000000000066', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000017', NULL, -1, '', '2000-08-30 10:00:00+05'),  -- M066 Sohib Qurbonaliev on I03
    ('70000000-0000-4000-8000-000000000116', '60000000-0000-4000-8000-000000000067', '50000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000045', NULL, +2, '', '2000-08-31 10:00:00+05'),  -- M067 Matthias Ebner-Kolb on I08
    ('70000000-0000-4000-8000-000000000117', '60000000-0000-4000-8000-000000000068', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000015', NULL, +1, 'The Commission has drafted amendments on observers and counting for the Majlisi Oli.', '2000-09-01 10:00:00+05'),  -- M068 Mirzo Zafarov on I03
    ('70000000-0000-4000-8000-000000000118', '60000000-0000-4000-8000-000000000068', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000016', NULL, +1, '', '2000-09-01 10:00:00+05'),  -- M068 Malika Saidova on I03
    ('70000000-0000-4000-8000-000000000119', '60000000-0000-4000-8000-000000000069', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000002', NULL, +0, 'The law applies equally; corrected applications will be reviewed within the statutory period.', '2000-09-04 10:00:00+05'),  -- M069 Zarina Qodirova on I07
    ('70000000-0000-4000-8000-000000000120', '60000000-0000-4000-8000-000000000069', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000029', NULL, +2, '', '2000-09-04 10:00:00+05'),  -- M069 Abdulhamid Raufov on I07
    ('70000000-0000-4000-8000-000000000121', '60000000-0000-4000-8000-000000000069', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000032', NULL, +1, 'We hear the Ministry. We will wait for the result.', '2000-09-04 10:00:00+05'),  -- M069 Tahmina Zokirova on I07
    ('70000000-0000-4000-8000-000000000122', '60000000-0000-4000-8000-000000000069', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000025', NULL, +0, '', '2000-09-04 10:00:00+05'),  -- M069 Abduvohid Kholov on I07
    ('70000000-0000-4000-8000-000000000123', '60000000-0000-4000-8000-000000000070', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000006', NULL, +1, 'The situation on the borders makes collecting weapons inside the country more urgent, not less.', '2000-09-05 10:00:00+05'),  -- M070 Nurali Bobokalonov on I05
    ('70000000-0000-4000-8000-000000000124', '60000000-0000-4000-8000-000000000070', '50000000-0000-4000-8000-000000000009', '30000000-0000-4000-8000-000000000006', NULL, +0, 'Mines on the western border are not ours to clear.', '2000-09-05 10:00:00+05'),  -- M070 Nurali Bobokalonov on I09
    ('70000000-0000-4000-8000-000000000125', '60000000-0000-4000-8000-000000000071', '50000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000026', NULL, +0, 'The 30 per cent quota is being forgotten; our people are removed one by one.', '2000-09-06 10:00:00+05'),  -- M071 Nurullo Hikmatov on I12
    ('70000000-0000-4000-8000-000000000126', '60000000-0000-4000-8000-000000000071', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000026', NULL, +1, '', '2000-09-06 10:00:00+05'),  -- M071 Nurullo Hikmatov on I05
    ('70000000-0000-4000-8000-000000000127', '60000000-0000-4000-8000-000000000071', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000027', NULL, +2, '', '2000-09-06 10:00:00+05'),  -- M071 Sadriddin Umarov on I03
    ('70000000-0000-4000-8000-000000000128', '60000000-0000-4000-8000-000000000072', '50000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000043', NULL, +2, 'Tajik returnees must not be forgotten while attention shifts to the border.', '2000-09-07 11:00:00+05'),  -- M072 Julien Marchetto on I04
    ('70000000-0000-4000-8000-000000000129', '60000000-0000-4000-8000-000000000073', '50000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000008', NULL, +1, '', '2000-09-08 10:00:00+05'),  -- M073 Saidmurod Khojaev on I04
    ('70000000-0000-4000-8000-000000000130', '60000000-0000-4000-8000-000000000074', '50000000-0000-4000-8000-000000000003', NULL, '20000000-0000-4000-8000-000000000021', -1, '', '2000-09-11 09:30:00+05'),  -- M074 People's Democratic Party of Tajikistan on I03
    ('70000000-0000-4000-8000-000000000131', '60000000-0000-4000-8000-000000000074', '50000000-0000-4000-8000-000000000003', NULL, '20000000-0000-4000-8000-000000000022', +2, '', '2000-09-11 09:30:00+05'),  -- M074 Islamic Revival Party of Tajikistan on I03
    ('70000000-0000-4000-8000-000000000132', '60000000-0000-4000-8000-000000000074', '50000000-0000-4000-8000-000000000003', NULL, '20000000-0000-4000-8000-000000000023', +1, '', '2000-09-11 09:30:00+05'),  -- M074 Communist Party of Tajikistan on I03
    ('70000000-0000-4000-8000-000000000133', '60000000-0000-4000-8000-000000000074', '50000000-0000-4000-8000-000000000003', NULL, '20000000-0000-4000-8000-000000000024', +2, '', '2000-09-11 09:30:00+05'),  -- M074 Democratic Party of Tajikistan on I03
    ('70000000-0000-4000-8000-000000000134', '60000000-0000-4000-8000-000000000075', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000020', NULL, +2, '', '2000-09-12 10:00:00+05'),  -- M075 Firuz Mirov on I10
    ('70000000-0000-4000-8000-000000000135', '60000000-0000-4000-8000-000000000075', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000010', NULL, +2, 'A recovery line for the Rasht valley and Khatlon is in the draft budget for 2001.', '2000-09-12 10:00:00+05'),  -- M075 Anvar Qurbonov on I10
    ('70000000-0000-4000-8000-000000000136', '60000000-0000-4000-8000-000000000076', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000023', NULL, +2, 'Weapons are being handed in at the district police every week now.', '2000-09-13 08:00:00+05'),  -- M076 Hayot Sharifov on I05
    ('70000000-0000-4000-8000-000000000137', '60000000-0000-4000-8000-000000000076', '50000000-0000-4000-8000-000000000005', NULL, '20000000-0000-4000-8000-000000000004', +2, '', '2000-09-13 08:00:00+05'),  -- M076 Ministry of Internal Affairs on I05
    ('70000000-0000-4000-8000-000000000138', '60000000-0000-4000-8000-000000000076', '50000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000023', NULL, +2, '', '2000-09-13 08:00:00+05'),  -- M076 Hayot Sharifov on I02
    ('70000000-0000-4000-8000-000000000139', '60000000-0000-4000-8000-000000000077', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000033', NULL, +2, '', '2000-09-14 10:00:00+05'),  -- M077 Shahlo Rasulova on I11
    ('70000000-0000-4000-8000-000000000140', '60000000-0000-4000-8000-000000000077', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000032', NULL, +2, '', '2000-09-14 10:00:00+05'),  -- M077 Tahmina Zokirova on I11
    ('70000000-0000-4000-8000-000000000141', '60000000-0000-4000-8000-000000000078', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000024', NULL, +2, 'We will nominate women from every district and train them.', '2000-09-15 10:00:00+05'),  -- M078 Nigina Ahmadova on I11
    ('70000000-0000-4000-8000-000000000142', '60000000-0000-4000-8000-000000000079', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000025', NULL, -2, '', '2000-09-18 10:00:00+05'),  -- M079 Abduvohid Kholov on I03
    ('70000000-0000-4000-8000-000000000143', '60000000-0000-4000-8000-000000000079', '50000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000025', NULL, +2, '', '2000-09-18 10:00:00+05'),  -- M079 Abduvohid Kholov on I12
    ('70000000-0000-4000-8000-000000000144', '60000000-0000-4000-8000-000000000079', '50000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000013', NULL, +2, 'The transition is over; appointments are now made on merit.', '2000-09-18 10:00:00+05'),  -- M079 Odina Haydarov on I12
    ('70000000-0000-4000-8000-000000000145', '60000000-0000-4000-8000-000000000080', '50000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000012', NULL, +1, '', '2000-09-19 10:00:00+05'),  -- M080 Ilhom Davlatshoev on I12
    ('70000000-0000-4000-8000-000000000146', '60000000-0000-4000-8000-000000000080', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000012', NULL, +1, 'The Ministry has been asked to finish reviewing the pending applications.', '2000-09-19 10:00:00+05'),  -- M080 Ilhom Davlatshoev on I07
    ('70000000-0000-4000-8000-000000000147', '60000000-0000-4000-8000-000000000081', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000002', NULL, +1, '', '2000-09-20 10:00:00+05'),  -- M081 Zarina Qodirova on I07
    ('70000000-0000-4000-8000-000000000148', '60000000-0000-4000-8000-000000000081', '50000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000001', NULL, +1, '', '2000-09-20 10:00:00+05'),  -- M081 Farhod Nurmatov on I06
    ('70000000-0000-4000-8000-000000000149', '60000000-0000-4000-8000-000000000082', '50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000039', NULL, +2, 'Friday sermons in the districts have called for weapons to be handed in.', '2000-09-21 14:00:00+05'),  -- M082 Abdurahmon Hakimov on I05
    ('70000000-0000-4000-8000-000000000150', '60000000-0000-4000-8000-000000000082', '50000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000039', NULL, +0, '', '2000-09-21 14:00:00+05'),  -- M082 Abdurahmon Hakimov on I11
    ('70000000-0000-4000-8000-000000000151', '60000000-0000-4000-8000-000000000083', '50000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000045', NULL, +2, '', '2000-09-22 14:00:00+05'),  -- M083 Matthias Ebner-Kolb on I08
    ('70000000-0000-4000-8000-000000000152', '60000000-0000-4000-8000-000000000084', '50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000019', NULL, +1, '', '2000-09-25 10:00:00+05'),  -- M084 Jahongir Valiev on I01
    ('70000000-0000-4000-8000-000000000153', '60000000-0000-4000-8000-000000000084', '50000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000019', NULL, +0, 'Reform of the procuracy will follow the new codes, not precede them.', '2000-09-25 10:00:00+05'),  -- M084 Jahongir Valiev on I06
    ('70000000-0000-4000-8000-000000000154', '60000000-0000-4000-8000-000000000085', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000018', NULL, +0, 'The upper chamber will look at the Commission''s technical amendments.', '2000-09-26 10:00:00+05'),  -- M085 Tohir Bobojonov on I03
    ('70000000-0000-4000-8000-000000000155', '60000000-0000-4000-8000-000000000086', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000038', NULL, +2, '', '2000-09-27 10:00:00+05'),  -- M086 Saidali Rizoev on I10
    ('70000000-0000-4000-8000-000000000156', '60000000-0000-4000-8000-000000000086', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000031', NULL, +2, '', '2000-09-27 10:00:00+05'),  -- M086 Bahrom Ibodov on I10
    ('70000000-0000-4000-8000-000000000157', '60000000-0000-4000-8000-000000000086', '50000000-0000-4000-8000-000000000010', '30000000-0000-4000-8000-000000000042', NULL, +2, '', '2000-09-27 10:00:00+05'),  -- M086 Orzu Hamidova on I10
    ('70000000-0000-4000-8000-000000000158', '60000000-0000-4000-8000-000000000087', '50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000026', NULL, +2, '', '2000-09-28 17:00:00+05'),  -- M087 Nurullo Hikmatov on I07
    ('70000000-0000-4000-8000-000000000159', '60000000-0000-4000-8000-000000000087', '50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000026', NULL, +2, '', '2000-09-28 17:00:00+05'),  -- M087 Nurullo Hikmatov on I03
    ('70000000-0000-4000-8000-000000000160', '60000000-0000-4000-8000-000000000087', '50000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000014', NULL, +0, 'We signed for peace, not for a quota; but the quota was part of the peace.', '2000-09-28 17:00:00+05');  -- M087 Abdusalom Qahhorov on I12

-- Commitments made at meetings: owed by a staff member, a person or an organisation (or nobody yet).
INSERT INTO commitments (id, description, meeting_id, issue_id, owed_by_user_id, owed_by_person_id, owed_by_organization_id, due_on, status, closed_at, version, created_at, updated_at) VALUES
    -- C01 (Nodira Umarali)
    ('80000000-0000-4000-8000-000000000001', 'Send the list of international staff to the Protocol Department for accreditation', '60000000-0000-4000-8000-000000000002', NULL,
     '10000000-0000-4000-8000-000000000004', NULL, NULL, '2000-06-10', 'done', '2000-06-08 17:00:00+05', 2, '2000-06-03 13:45:00+05', '2000-06-08 17:00:00+05'),
    -- C02 (Oliver Penhallow)
    ('80000000-0000-4000-8000-000000000002', 'Share the Russian translation of the observation mission''s final report with the IRPT political council', '60000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000003',
     '10000000-0000-4000-8000-000000000002', NULL, NULL, '2000-06-12', 'done', '2000-06-09 17:00:00+05', 2, '2000-06-05 18:30:00+05', '2000-06-09 17:00:00+05'),
    -- C03 (Nurullo Hikmatov)
    ('80000000-0000-4000-8000-000000000003', 'Provide the list of detained former UTO members the party considers eligible for amnesty', '60000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000001',
     NULL, '30000000-0000-4000-8000-000000000026', NULL, '2000-06-20', 'done', '2000-06-15 17:00:00+05', 2, '2000-06-05 18:30:00+05', '2000-06-15 17:00:00+05'),
    -- C04 (Ministry of Justice)
    ('80000000-0000-4000-8000-000000000004', 'Provide written guidance on the documents required for party registration', '60000000-0000-4000-8000-000000000006', '50000000-0000-4000-8000-000000000007',
     NULL, NULL, '20000000-0000-4000-8000-000000000002', '2000-06-30', 'done', '2000-07-05 17:00:00+05', 2, '2000-06-08 13:00:00+05', '2000-07-05 17:00:00+05'),
    -- C05 (Bahodur Nazrizoda)
    ('80000000-0000-4000-8000-000000000005', 'Write a note on vocational training needs in Tavildara for UNDP', '60000000-0000-4000-8000-000000000008', '50000000-0000-4000-8000-000000000002',
     '10000000-0000-4000-8000-000000000005', NULL, NULL, '2000-06-16', 'done', '2000-06-13 17:00:00+05', 2, '2000-06-13 10:00:00+05', '2000-06-13 17:00:00+05'),
    -- C06 (UNDP Tajikistan)
    ('80000000-0000-4000-8000-000000000006', 'Include Tavildara and the Rasht valley in the reintegration project proposal', '60000000-0000-4000-8000-000000000009', '50000000-0000-4000-8000-000000000002',
     NULL, NULL, '20000000-0000-4000-8000-000000000038', '2000-07-31', 'done', '2000-08-17 17:00:00+05', 2, '2000-06-13 13:00:00+05', '2000-08-17 17:00:00+05'),
    -- C07 (Kamoliddin Sadulloev)
    ('80000000-0000-4000-8000-000000000007', 'Draft a written no-prosecution guarantee for voluntary weapons handover', '60000000-0000-4000-8000-000000000011', '50000000-0000-4000-8000-000000000005',
     NULL, '30000000-0000-4000-8000-000000000005', NULL, '2000-07-15', 'done', '2000-08-03 17:00:00+05', 2, '2000-06-15 13:00:00+05', '2000-08-03 17:00:00+05'),
    -- C08 (Oliver Penhallow)
    ('80000000-0000-4000-8000-000000000008', 'Forward the opposition''s amnesty list to the Procuracy with a covering letter', '60000000-0000-4000-8000-000000000012', '50000000-0000-4000-8000-000000000001',
     '10000000-0000-4000-8000-000000000002', NULL, NULL, '2000-06-23', 'done', '2000-06-16 17:00:00+05', 2, '2000-06-16 13:45:00+05', '2000-06-16 17:00:00+05'),
    -- C09 (Jahongir Valiev)
    ('80000000-0000-4000-8000-000000000009', 'Report on the status of each case on the amnesty list', '60000000-0000-4000-8000-000000000012', '50000000-0000-4000-8000-000000000001',
     NULL, '30000000-0000-4000-8000-000000000019', NULL, '2000-07-31', 'done', '2000-08-04 17:00:00+05', 2, '2000-06-16 13:45:00+05', '2000-08-04 17:00:00+05'),
    -- C10 (Migration Service (refugees and forced migrants))
    ('80000000-0000-4000-8000-000000000010', 'Share statistics on returnees from CIS countries by district', '60000000-0000-4000-8000-000000000015', '50000000-0000-4000-8000-000000000004',
     NULL, NULL, '20000000-0000-4000-8000-000000000007', '2000-07-15', 'dropped', '2000-09-08 17:00:00+05', 2, '2000-06-20 13:30:00+05', '2000-09-08 17:00:00+05'),
    -- C11 (Agnes Thorvald)
    ('80000000-0000-4000-8000-000000000011', 'Circulate a summary of the round-table to the participating parties and the Commission', '60000000-0000-4000-8000-000000000016', '50000000-0000-4000-8000-000000000003',
     '10000000-0000-4000-8000-000000000001', NULL, NULL, '2000-06-28', 'done', '2000-06-27 17:00:00+05', 2, '2000-06-21 15:00:00+05', '2000-06-27 17:00:00+05'),
    -- C12 (Central Commission on Elections and Referenda)
    ('80000000-0000-4000-8000-000000000012', 'List the observation mission''s recommendations the Commission considers technical', '60000000-0000-4000-8000-000000000016', '50000000-0000-4000-8000-000000000003',
     NULL, NULL, '20000000-0000-4000-8000-000000000011', '2000-07-31', 'done', '2000-09-01 17:00:00+05', 2, '2000-06-21 15:00:00+05', '2000-09-01 17:00:00+05'),
    -- C13 (Ines Carvalho-Reyes)
    ('80000000-0000-4000-8000-000000000013', 'Raise licensing delays of independent broadcasters with the Executive Office', '60000000-0000-4000-8000-000000000017', '50000000-0000-4000-8000-000000000008',
     '10000000-0000-4000-8000-000000000003', NULL, NULL, '2000-07-10', 'done', '2000-07-03 17:00:00+05', 2, '2000-06-22 14:00:00+05', '2000-07-03 17:00:00+05'),
    -- C14 (Association of Scientific and Technical Intelligentsia of Tajikistan)
    ('80000000-0000-4000-8000-000000000014', 'Publish the round-table proceedings in Tajik and Russian', '60000000-0000-4000-8000-000000000020', '50000000-0000-4000-8000-000000000012',
     NULL, NULL, '20000000-0000-4000-8000-000000000033', '2000-08-15', 'done', '2000-08-21 17:00:00+05', 2, '2000-06-26 14:30:00+05', '2000-08-21 17:00:00+05'),
    -- C15 (Nurali Bobokalonov)
    ('80000000-0000-4000-8000-000000000015', 'Provide figures on former UTO fighters discharged from the army since 1999', '60000000-0000-4000-8000-000000000022', '50000000-0000-4000-8000-000000000002',
     NULL, '30000000-0000-4000-8000-000000000006', NULL, '2000-07-31', 'dropped', '2000-09-05 17:00:00+05', 2, '2000-06-29 13:00:00+05', '2000-09-05 17:00:00+05'),
    -- C16 (Ministry of Labour and Social Protection)
    ('80000000-0000-4000-8000-000000000016', 'Submit a costed public-works and training proposal for former fighters', '60000000-0000-4000-8000-000000000023', '50000000-0000-4000-8000-000000000002',
     NULL, NULL, '20000000-0000-4000-8000-000000000006', '2000-07-31', 'done', '2000-08-18 17:00:00+05', 2, '2000-06-30 14:00:00+05', '2000-08-18 17:00:00+05'),
    -- C17 (Bahodur Nazrizoda)
    ('80000000-0000-4000-8000-000000000017', 'Pass the Hukumat''s drought assessment to WFP and UNDP', '60000000-0000-4000-8000-000000000025', '50000000-0000-4000-8000-000000000010',
     '10000000-0000-4000-8000-000000000005', NULL, NULL, '2000-07-10', 'done', '2000-07-06 17:00:00+05', 2, '2000-07-05 10:00:00+05', '2000-07-06 17:00:00+05'),
    -- C18 (Jamshed Odinaev)
    ('80000000-0000-4000-8000-000000000018', 'Share anonymised summaries of detainees'' amnesty claims', '60000000-0000-4000-8000-000000000027', '50000000-0000-4000-8000-000000000001',
     NULL, '30000000-0000-4000-8000-000000000034', NULL, '2000-07-20', 'done', '2000-07-19 17:00:00+05', 2, '2000-07-06 13:00:00+05', '2000-07-19 17:00:00+05'),
    -- C19 (Sohib Qurbonaliev)
    ('80000000-0000-4000-8000-000000000019', 'Send the deputies'' legislative plan for the autumn session', '60000000-0000-4000-8000-000000000030', '50000000-0000-4000-8000-000000000006',
     NULL, '30000000-0000-4000-8000-000000000017', NULL, '2000-08-31', 'open', NULL, 1, '2000-07-10 13:00:00+05', '2000-07-10 13:00:00+05'),
    -- C20 (Sughd Oblast Hukumat)
    ('80000000-0000-4000-8000-000000000020', 'Designate a focal point in each district for amnesty applications', '60000000-0000-4000-8000-000000000033', '50000000-0000-4000-8000-000000000001',
     NULL, NULL, '20000000-0000-4000-8000-000000000017', '2000-08-31', 'done', '2000-09-11 17:00:00+05', 2, '2000-07-13 18:00:00+05', '2000-09-11 17:00:00+05'),
    -- C21 (Anvar Qurbonov)
    ('80000000-0000-4000-8000-000000000021', 'Share the list of priority districts for recovery funding', '60000000-0000-4000-8000-000000000036', '50000000-0000-4000-8000-000000000010',
     NULL, '30000000-0000-4000-8000-000000000010', NULL, '2000-08-15', 'done', '2000-08-14 17:00:00+05', 2, '2000-07-18 13:00:00+05', '2000-08-14 17:00:00+05'),
    -- C22 (Ines Carvalho-Reyes)
    ('80000000-0000-4000-8000-000000000022', 'Obtain mine incident data from ICRC and pass it to the Ministry of Defence', '60000000-0000-4000-8000-000000000038', '50000000-0000-4000-8000-000000000009',
     '10000000-0000-4000-8000-000000000003', NULL, NULL, '2000-08-04', 'done', '2000-08-02 17:00:00+05', 2, '2000-07-20 14:00:00+05', '2000-08-02 17:00:00+05'),
    -- C23 (Nodira Umarali)
    ('80000000-0000-4000-8000-000000000023', 'Prepare a Tajik-language summary of the media round-table', '60000000-0000-4000-8000-000000000041', '50000000-0000-4000-8000-000000000008',
     '10000000-0000-4000-8000-000000000004', NULL, NULL, '2000-08-04', 'done', '2000-08-01 17:00:00+05', 2, '2000-07-25 15:00:00+05', '2000-08-01 17:00:00+05'),
    -- C24 (Rustam Sangov)
    ('80000000-0000-4000-8000-000000000024', 'Pass pending licence applications to the broadcasting committee for review', '60000000-0000-4000-8000-000000000041', '50000000-0000-4000-8000-000000000008',
     NULL, '30000000-0000-4000-8000-000000000011', NULL, '2000-08-31', 'dropped', '2000-08-16 17:00:00+05', 2, '2000-07-25 15:00:00+05', '2000-08-16 17:00:00+05'),
    -- C25 (Oliver Penhallow)
    ('80000000-0000-4000-8000-000000000025', 'Inform the Ministry of Justice that the Social Democrats have resubmitted their documents', '60000000-0000-4000-8000-000000000043', '50000000-0000-4000-8000-000000000007',
     '10000000-0000-4000-8000-000000000002', NULL, NULL, '2000-08-05', 'done', '2000-08-04 17:00:00+05', 2, '2000-07-27 13:00:00+05', '2000-08-04 17:00:00+05'),
    -- C26 (Nurullo Hikmatov)
    ('80000000-0000-4000-8000-000000000026', 'Consult former field commanders on joining the arms-collection campaign', '60000000-0000-4000-8000-000000000047', '50000000-0000-4000-8000-000000000005',
     NULL, '30000000-0000-4000-8000-000000000026', NULL, '2000-08-31', 'done', '2000-09-06 17:00:00+05', 2, '2000-08-02 19:15:00+05', '2000-09-06 17:00:00+05'),
    -- C27 (Ministry of Internal Affairs)
    ('80000000-0000-4000-8000-000000000027', 'Issue the written guarantee to district police departments', '60000000-0000-4000-8000-000000000048', '50000000-0000-4000-8000-000000000005',
     NULL, NULL, '20000000-0000-4000-8000-000000000004', '2000-08-20', 'done', '2000-08-25 17:00:00+05', 2, '2000-08-03 13:00:00+05', '2000-08-25 17:00:00+05'),
    -- C28 (Abduvohid Kholov)
    ('80000000-0000-4000-8000-000000000028', 'Arrange a meeting with PDPT political council members on the election law', '60000000-0000-4000-8000-000000000052', '50000000-0000-4000-8000-000000000003',
     NULL, '30000000-0000-4000-8000-000000000025', NULL, '2000-09-15', 'done', '2000-09-18 17:00:00+05', 2, '2000-08-09 13:00:00+05', '2000-09-18 17:00:00+05'),
    -- C29 (Khatlon Oblast Hukumat)
    ('80000000-0000-4000-8000-000000000029', 'Nominate women for deputy chair posts in jamoat councils', '60000000-0000-4000-8000-000000000054', '50000000-0000-4000-8000-000000000011',
     NULL, NULL, '20000000-0000-4000-8000-000000000016', '2000-10-31', 'open', NULL, 1, '2000-08-11 17:00:00+05', '2000-08-11 17:00:00+05'),
    -- C30 (UNDP Tajikistan)
    ('80000000-0000-4000-8000-000000000030', 'Fund vocational courses for about 300 former fighters in Gharm and Tavildara', '60000000-0000-4000-8000-000000000058', '50000000-0000-4000-8000-000000000002',
     NULL, NULL, '20000000-0000-4000-8000-000000000038', '2000-10-01', 'open', NULL, 1, '2000-08-17 13:00:00+05', '2000-08-17 13:00:00+05'),
    -- C31 (Gulnora Yusupova)
    ('80000000-0000-4000-8000-000000000031', 'Start vocational courses in Gharm and Tavildara', '60000000-0000-4000-8000-000000000059', '50000000-0000-4000-8000-000000000002',
     NULL, '30000000-0000-4000-8000-000000000007', NULL, '2000-10-15', 'open', NULL, 1, '2000-08-18 13:00:00+05', '2000-08-18 13:00:00+05'),
    -- C32 (Oliver Penhallow)
    ('80000000-0000-4000-8000-000000000032', 'Pass the Ministry of Justice''s letter to the Social Democratic founders', '60000000-0000-4000-8000-000000000060', '50000000-0000-4000-8000-000000000007',
     '10000000-0000-4000-8000-000000000002', NULL, NULL, '2000-08-25', 'done', '2000-08-22 17:00:00+05', 2, '2000-08-21 11:00:00+05', '2000-08-22 17:00:00+05'),
    -- C33 (Rustam Sangov)
    ('80000000-0000-4000-8000-000000000033', 'Provide the list of returnee families awaiting land plots in Khatlon', '60000000-0000-4000-8000-000000000061', '50000000-0000-4000-8000-000000000004',
     NULL, '30000000-0000-4000-8000-000000000011', NULL, '2000-09-30', 'open', NULL, 1, '2000-08-22 13:00:00+05', '2000-08-22 13:00:00+05'),
    -- C34 (Bahodur Nazrizoda)
    ('80000000-0000-4000-8000-000000000034', 'Raise the Khorog power-line project with UNDP and the Ministry of Economy', '60000000-0000-4000-8000-000000000065', '50000000-0000-4000-8000-000000000010',
     '10000000-0000-4000-8000-000000000005', NULL, NULL, '2000-09-15', 'done', '2000-09-12 17:00:00+05', 2, '2000-08-30 10:00:00+05', '2000-09-12 17:00:00+05'),
    -- C35 (Central Commission on Elections and Referenda)
    ('80000000-0000-4000-8000-000000000035', 'Submit the technical amendments on observers and counting to the Majlisi Oli', '60000000-0000-4000-8000-000000000068', '50000000-0000-4000-8000-000000000003',
     NULL, NULL, '20000000-0000-4000-8000-000000000011', '2000-10-31', 'open', NULL, 1, '2000-09-01 13:00:00+05', '2000-09-01 13:00:00+05'),
    -- C36 (Ministry of Justice)
    ('80000000-0000-4000-8000-000000000036', 'Complete the review of pending party applications', '60000000-0000-4000-8000-000000000069', '50000000-0000-4000-8000-000000000007',
     NULL, NULL, '20000000-0000-4000-8000-000000000002', '2000-10-31', 'open', NULL, 1, '2000-09-04 15:00:00+05', '2000-09-04 15:00:00+05'),
    -- C37 (Agnes Thorvald)
    ('80000000-0000-4000-8000-000000000037', 'Brief the Executive Office on the outcome of the registration round-table', '60000000-0000-4000-8000-000000000069', '50000000-0000-4000-8000-000000000007',
     '10000000-0000-4000-8000-000000000001', NULL, NULL, '2000-09-20', 'done', '2000-09-19 17:00:00+05', 2, '2000-09-04 15:00:00+05', '2000-09-19 17:00:00+05'),
    -- C38 (Ines Carvalho-Reyes)
    ('80000000-0000-4000-8000-000000000038', 'Report to headquarters on the situation at the Pyanj border', '60000000-0000-4000-8000-000000000072', '50000000-0000-4000-8000-000000000004',
     '10000000-0000-4000-8000-000000000003', NULL, NULL, '2000-09-08', 'done', '2000-09-07 17:00:00+05', 2, '2000-09-07 14:00:00+05', '2000-09-07 17:00:00+05'),
    -- C39 (Islamic Revival Party of Tajikistan)
    ('80000000-0000-4000-8000-000000000039', 'Submit the party''s written proposals on the election law to the Commission', '60000000-0000-4000-8000-000000000074', '50000000-0000-4000-8000-000000000003',
     NULL, NULL, '20000000-0000-4000-8000-000000000022', '2000-10-15', 'open', NULL, 1, '2000-09-11 17:30:00+05', '2000-09-11 17:30:00+05'),
    -- C40 (Ministry of Internal Affairs)
    ('80000000-0000-4000-8000-000000000040', 'Share monthly figures on weapons handed in, Tavildara district', '60000000-0000-4000-8000-000000000076', '50000000-0000-4000-8000-000000000005',
     NULL, NULL, '20000000-0000-4000-8000-000000000004', '2000-10-15', 'open', NULL, 1, '2000-09-14 10:00:00+05', '2000-09-14 10:00:00+05'),
    -- C41 (Agnes Thorvald)
    ('80000000-0000-4000-8000-000000000041', 'Send the PDPT a comparative note on electoral systems with party lists', '60000000-0000-4000-8000-000000000079', '50000000-0000-4000-8000-000000000003',
     '10000000-0000-4000-8000-000000000001', NULL, NULL, '2000-10-06', 'open', NULL, 1, '2000-09-18 13:00:00+05', '2000-09-18 13:00:00+05'),
    -- C42 (Nodira Umarali)
    ('80000000-0000-4000-8000-000000000042', 'Draft a joint appeal on arms collection with the Council of Ulema', '60000000-0000-4000-8000-000000000082', '50000000-0000-4000-8000-000000000005',
     '10000000-0000-4000-8000-000000000004', NULL, NULL, '2000-10-06', 'open', NULL, 1, '2000-09-21 17:00:00+05', '2000-09-21 17:00:00+05'),
    -- C43 (Bahodur Nazrizoda)
    ('80000000-0000-4000-8000-000000000043', 'Compile the round-table''s recommendations into a paper for donors', '60000000-0000-4000-8000-000000000086', '50000000-0000-4000-8000-000000000010',
     '10000000-0000-4000-8000-000000000005', NULL, NULL, '2000-10-13', 'open', NULL, 1, '2000-09-27 15:00:00+05', '2000-09-27 15:00:00+05'),
    -- C44 (no owner yet)
    ('80000000-0000-4000-8000-000000000044', 'Agree a joint calendar of UN and OSCE events for the fourth quarter', '60000000-0000-4000-8000-000000000089', NULL,
     NULL, NULL, NULL, '2000-10-15', 'open', NULL, 1, '2000-09-30 13:30:00+05', '2000-09-30 13:30:00+05');
