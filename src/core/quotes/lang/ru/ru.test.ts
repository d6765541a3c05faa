// Russian attribution rules, one test per rule, each written from the general form it reads (invented people,
// invented places): names and their cases, relays, roles before names, headlines, anaphors. A rule checked by who
// speaks, by the words the speaker's mention covers or by the name a run of words gives is a row of a table (`rules`);
// the few that look inside (tokens, frames, acronyms) or assert otherwise are tests of their own.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../index';
import { buildFrame } from '../../frame';
import { tokenize } from '../../tokens';
import { ru } from './index';
import { spelledOutRu } from './acronyms';
import { splitRoleRu, startsNewNameRu } from './names';

const speakers = (paras: string[]): (string | null)[] => findQuotes(paras, 'ru').map((q) => q.speaker?.name ?? null);
const mentions = (paras: string[]): string[] => findQuotes(paras, 'ru').map((q) => {
  const sp = q.speaker;
  return sp && sp.start !== undefined ? paras[sp.paragraph ?? q.paragraph]!.slice(sp.start, sp.end) : '';
});
const nameOf = (words: string): string => splitRoleRu(tokenize(words)).name.map((t) => t.w).join(' ');

/** What a rule must give: who speaks each story's quotes (in order, null for nobody), the words a story's speaker
 *  mentions cover, and the name a run of words gives. */
interface Checks {
  speakers?: Array<[paragraphs: string[], names: (string | null)[]]>;
  mentions?: Array<[paragraphs: string[], spans: string[]]>;
  names?: Array<[words: string, name: string]>;
}

function check(c: Checks): void {
  for (const [paras, names] of c.speakers ?? []) expect(speakers(paras)).toEqual(names);
  for (const [paras, spans] of c.mentions ?? []) expect(mentions(paras)).toEqual(spans);
  for (const [words, name] of c.names ?? []) expect(nameOf(words)).toBe(name);
}

/** One test per rule, named by the rule. */
const rules = (table: Record<string, Checks>): void => {
  for (const [rule, c] of Object.entries(table)) it(rule, () => check(c));
};

describe('Russian names', () => {
  it('a name in the instrumental ends where a word in another case starts the next name', () => {
    const [a, b] = tokenize('Брандиным Соколов');
    expect(startsNewNameRu(a!, b!)).toBe(true);
    const [c, d] = tokenize('Олегом Брандиным');
    expect(startsNewNameRu(c!, d!)).toBe(false);
    // A first name in any case is followed by its own surname, declined or not.
    const [e, f] = tokenize('Сергеем Шолу');
    expect(startsNewNameRu(e!, f!)).toBe(false);
    expect(speakers([
      'Встречу министра с послом Арно Дювалем Соколов назвал «полезной».',
      'Пресс-секретарь Олег Соколов добавил: «Мы продолжим консультации».',
      '«Дата встречи пока не определена», — сказал Соколов.',
    ])).toEqual(['Олег Соколов', 'Олег Соколов']);
  });

  rules({
    'three name words with no patronymic are one foreign name, unless a body or a first name says otherwise': {
      speakers: [
        [['Турецкий министр Мустафа Кемаль Озтюрк провел переговоры в Анкаре.', '«Мы открыты для диалога», — заявил Озтюрк.'], ['Мустафа Кемаль Озтюрк']],
      ],
      names: [
        ['Мустафа Кемаль Озтюрк', 'Мустафа Кемаль Озтюрк'],
        ['Минфина Олег Брандин', 'Олег Брандин'],
        ['Ирана Олег Брандин', 'Олег Брандин'],
        ['Олег Петрович Брандин', 'Олег Петрович Брандин'],
      ],
    },
  });
});

describe('Russian names in other cases', () => rules({
  'a surname seen as a verb’s subject corrects the fullest name guessed from an oblique case': {
    speakers: [[['Журналисты поговорили с Ольгой Лисовой.', '«Мы закончили съемки», — сказала Лисовая.'], ['Ольга Лисовая']]],
  },
  'a man’s name in the instrumental, every word of it, is given in the nominative': {
    speakers: [[['Министр встретился с Жаном Дювалем.', '«Мы обсудили поставки», — сказал Дюваль.'], ['Жан Дюваль']]],
  },
  'a man’s surname in -а declines like a noun; a first name in the genitive marks the whole name oblique': {
    speakers: [[[
      'Из слов министра Андрея Грабы следует, что переговоры продолжатся.',
      '«Без гарантий соглашения не будет», — цитирует Грабу агентство.',
    ], ['Андрей Граба']]],
  },
  'the object of a verb of relaying is not a nominative: the full name stays as the text gives it': {
    speakers: [[[
      'Министр обороны Олег Брандин, посетивший штаб, поздравил военных.',
      '«Это важный шаг», — цитирует Брандина пресс-служба министерства.',
    ], ['Олег Брандин']]],
  },
}));

describe('Russian attribution forms', () => {
  it('a body named in quotation marks speaks as itself, and is not a quotation', () => {
    const one = findQuotes(['«Вектор» признал в отчете, что «поставки в Европу в ближайшие годы не восстановятся».'], 'ru');
    expect(one.map((q) => [q.text, q.speaker?.name])).toEqual([['поставки в Европу в ближайшие годы не восстановятся', 'Вектор']]);
    expect(speakers(['«Работы продлятся до весны», — пишет «Вектор».'])).toEqual(['Вектор']);
    expect(speakers(['«Работы продлятся до весны», — говорится в сообщении «Ростеха».'])).toEqual(['Ростех']);
    expect(mentions(['Пресс-служба «Зенита» сообщила, что у защитника «растяжение связок».'])).toEqual(['Пресс-служба «Зенита»']);
  });

  rules({
    '«…», — <any verb> X: the clause shape says speech, whatever the verb': {
      mentions: [[['«Раньше здесь было тихо», — вздохнула пенсионерка из Твери.'], ['пенсионерка из Твери']]],
      speakers: [[['«Нам никто ничего не объяснил», — жалуется фермер Олег Брандин.'], ['Олег Брандин']]],
    },
    'из уст X: the genitive name is the source': {
      speakers: [[['Глава компании Олег Брандин не приехал. Годом ранее из уст Брандина прозвучала фраза: «Газ будет, а покупатели найдутся».'], ['Олег Брандин']]],
    },
    'по его/ее словам: the possessive pronoun is the source': {
      speakers: [
        [['Министр Олег Брандин выступил в Думе. По его словам, «бюджет будет исполнен полностью».'], ['Олег Брандин']],
        [['Судья Ольга Лисовая огласила решение.', 'По ее мнению, «доводы защиты не подтвердились».'], ['Ольга Лисовая']],
      ],
    },
    'a publication named right after the verb is who was told; the noun phrase after it speaks': {
      mentions: [[['«Сроки сдвинутся», — сказал РБК собеседник в правительстве.'], ['собеседник в правительстве']]],
      // A surname in the same place is the speaker, and the noun after it the one told.
      speakers: [[['«Я еще не понял, что произошло», — рассказал Брандин корреспонденту.'], ['Брандин']]],
    },
    'a publication before the verb ("в интервью телеканалу X", "в интервью «Y»") only relays the words': {
      speakers: [
        [['Ранее Брандин в интервью телеканалу NTV заявил: «Мы готовы к диалогу».'], ['Брандин']],
        [['Ранее Брандин в интервью «Вечерним новостям» заявил, что завод «будет работать без выходных».'], ['Брандин']],
      ],
    },
    'a role and a region before the name give the person: before a colon, after the verb, before a circumstance': {
      speakers: [
        [['Губернатор Тверской области Олег Брандин обратился к жителям: «Уезжайте сейчас».'], ['Олег Брандин']],
        [['«Сил достаточно», — заявил министр по делам гражданской обороны Олег Брандин.'], ['Олег Брандин']],
        [['Представитель истца Олег Брандин в прениях заявил: «Иск обоснован».'], ['Олег Брандин']],
      ],
      mentions: [[['Пресс-служба Тверского суда сообщила, что заседание «пройдет в закрытом режиме».'], ['Пресс-служба Тверского суда']]],
    },
    'headlines that open with a quotation: «…» — X о …; «…»: … Y (any case); «…». Интервью Z о …': {
      speakers: [
        [['«Мы поедем только со своим флагом» — Брандин об условиях участия в турнире'], ['Брандин']],
        [['«Я не признаю вины»: в Твери начался суд над блогером Олегом Брандиным'], ['Олег Брандин']],
        [['«Люди не врут. Они молчат». Интервью социолога Ольги Брандиной о том, что показывают опросы'], ['Ольга Брандина']],
        // A paragraph that ends as a sentence does is not a headline.
        [['«Мы не уйдем». Суд над блогером Олегом Брандиным начался в Твери.'], [null]],
      ],
    },
  });
});

describe('Russian coreference', () => {
  it('a first name alone stands for the one person of the story who has it', () => {
    expect(speakers(['Ольга Лисовая третий год ждет мужа с фронта.', '«Нам ничего не объясняют», — рассказывает Ольга.'])).toEqual(['Ольга Лисовая']);
    // Two people with that first name: the lone first name is not guessed.
    expect(speakers(['Ольга Лисовая и Ольга Брандина ждут мужей с фронта.', '«Нам ничего не объясняют», — рассказывает Ольга.'])).not.toContain('Ольга Лисовая');
  });

  it('a name before "и" and a verb is not that verb’s subject, so it keeps its case', () => {
    const [f] = [buildFrame('Суд удовлетворил иск Росавиации и обязал перевозчика вернуть деньги.', [], ru)];
    const run = f.runs.find((r) => r.toks[0]!.w === 'Росавиации')!;
    expect(ru.nominativeAt(f, run)).toBe(false);
    const g = buildFrame('Росавиация в ответ заявила, что проверит перевозчика.', [], ru);
    expect(ru.nominativeAt(g, g.runs[0]!)).toBe(true);
  });

  rules({
    'a pronoun after someone new is introduced as a subject is theirs, not the last speaker’s': {
      speakers: [[[
        'Вице-премьер Олег Брандин заявил: «Проект займет годы».',
        'Турецкий министр Кемаль Озтюрк оказался осторожнее. «Хаб должен быть открыт для всех поставщиков», — сказал он.',
      ], ['Олег Брандин', 'Кемаль Озтюрк']]],
    },
  });
});

describe('Russian nominal anaphors', () => {
  it('an adjective before the role noun, a genitive body after it, or an oblique case after по словам', () => {
    expect(speakers(['Министр Олег Брандин провел переговоры в Анкаре.', '«Приглашение принято», — пояснил российский министр.'])).toEqual(['Олег Брандин']);
    expect(speakers(['Министр Олег Брандин провел переговоры в Анкаре.', '«Площадка готова», — сказал глава турецкого МИД.']).length).toBe(1);
    expect(mentions(['Министр Олег Брандин провел переговоры.', '«Площадка готова», — сказал глава турецкого МИД.'])).toEqual(['глава турецкого МИД']);
    expect(speakers(['Глава района Кирилл Лисовой обещал компенсации.', 'По словам чиновника, «выплаты начнутся в марте».'])).toEqual(['Кирилл Лисовой']);
  });

  rules({
    'a role noun after the verb stands for the person named before, by role when one matches': {
      speakers: [
        [[
          'Губернатор Тверской области Олег Брандин провел совещание в Ржеве.',
          '«Тепло дадут до пятницы», — заявил губернатор.',
          'Глава Ржевского района Кирилл Лисовой признал, что ремонт откладывали годами.',
          '«Трубы не меняли с 1974 года», — сказал чиновник.',
          '«Лично проверю каждый адрес», — написал губернатор.',
        ], ['Олег Брандин', 'Кирилл Лисовой', 'Олег Брандин']],
        [['Посол Олег Брандин присутствовал на переговорах.', '«Документы подпишут весной», — уточнил дипломат.'], ['Олег Брандин']],
      ],
    },
    'a circumstance after the role noun is not part of the mention; an unnamed source with a place stays unnamed': {
      mentions: [
        [['Депутат Олег Брандин выступил в Думе.', '«Торговля растет», — написал политик в соцсети.'], ['политик']],
        [['Источник в турецком МИД на условиях анонимности сказал, что Анкара «не будет присоединяться к санкциям».'], ['Источник в турецком МИД на условиях анонимности']],
      ],
    },
    'a personal pronoun in the dative between the verb and its subject is the addressee, not part of the speaker': {
      speakers: [
        [['«Мы уехали весной», — рассказала нам учительница из Ржева.'], ['учительница из Ржева']],
        [['«Мы уехали весной», — рассказал мне инженер из Твери.'], ['инженер из Твери']],
        [['Министр Олег Брандин приехал в Ржев.', '«Денег хватит», — сказал ему губернатор Кирилл Лисовой.'], ['Кирилл Лисовой']],
      ],
    },
    'a region written after its adjective belongs to the name: "Прокуратура Тверской области" is one body': {
      speakers: [[['Прокуратура Тверской области начала проверку.', '«Виновные ответят», — говорится в сообщении ведомства.'], ['Прокуратура Тверской области']]],
      names: [
        ['Прокуратура Тверской области', 'Прокуратура Тверской области'],
        ['Губернатор Тверской области Олег Брандин', 'Олег Брандин'],
      ],
    },
  });
});

describe('Russian sources in context', () => rules({
  'a plural verb with no subject and a body in the locative: the body speaks, in the nominative': {
    speakers: [[['Как сообщили в Минтрансе, совещание было посвящено «безопасности полетов в зимний период».'], ['Минтранс']]],
  },
  'a name in marks between "по оценке" and the person, or before the quotation, changes nothing': {
    speakers: [[[
      '«Рынок перегрет», — отметил аналитик Олег Брандин.',
      'По оценке аналитика «Вектора» Ольги Стрелковой, «цены начнут снижаться не раньше весны».',
    ], ['Олег Брандин', 'Ольга Стрелкова']]],
  },
  'a first name not in the tables is not mistaken for one that is (Дарины is not a form of Дарья)': {
    speakers: [[['По словам Дарины Брандиной, «опросы больше не работают».'], ['Дарина Брандина']]],
  },
  'a role noun with a circumstance ("Режиссер в разговоре с корреспондентом X признался") is the role’s holder': {
    speakers: [[[
      'Спектакль поставил режиссер из Твери Олег Брандин, за пультом стоял дирижер Кирилл Лисовой.',
      'Режиссер в разговоре с корреспондентом ТАСС признался, что не ожидал приглашения:',
      '«Мне позвонили в марте, и первые десять минут я думал, что это розыгрыш.»',
    ], ['Олег Брандин']]],
  },
  'a publication in marks after "в беседе с корреспондентом" does not hide the subject after it': {
    speakers: [[['Позже в беседе с корреспондентом «Вектора» Брандин пояснил: «Я против запретов».'], ['Брандин']]],
  },
}));

describe('Russian bodies and genders', () => rules({
  'a past-tense verb after a name shows the person’s gender, so «она» finds her': {
    speakers: [[[
      'Министр Ли Вэй провел переговоры с коллегами.',
      'Официальный представитель МИД Чжан Хуа на брифинге отказалась комментировать поставки. «Мы не поставляем оружие», — подчеркнула она.',
    ], ['Чжан Хуа']]],
  },
  'a body with a country in the genitive: only the head declines (Банка России → Банк России)': {
    speakers: [[['Согласно релизу Банка Словении, совет директоров «допускает снижение ставки на ближайших заседаниях».'], ['Банк Словении']]],
  },
  'a ministry’s compound name ending in a genitive does not decline (Минобороны, Минцифры)': {
    speakers: [[['В Минцифры на запрос «Вектора» ответили, что «перечень будет пересматриваться ежемесячно».'], ['Минцифры']]],
  },
}));

describe('Russian acronyms', () => {
  it('an acronym spelled out in the story is named as spelled out, in the nominative; otherwise it stays', () => {
    expect(spelledOutRu('СК', 'Задержание провели сотрудники Следственного комитета.')).toBe('Следственный комитет');
    expect(spelledOutRu('МЧС', 'глава Министерства по чрезвычайным ситуациям заявил')).toBe('Министерство по чрезвычайным ситуациям');
    expect(spelledOutRu('МОК', 'Исполком Международного олимпийского комитета собрался')).toBe('Международный олимпийский комитет');
    expect(spelledOutRu('СК', 'Суд отклонил иск.')).toBeNull();
    // A ministry's short name: Мин- is министерство, the rest begins the noun after it.
    expect(spelledOutRu('Минтранс', 'Министерство транспорта Словении объявило тендер')).toBe('Министерство транспорта Словении');
    expect(spelledOutRu('Минфин', 'в Министерстве финансов заявили')).toBe('Министерство финансов');
    expect(spelledOutRu('Минск', 'Министерство транспорта объявило тендер')).toBeNull();
    expect(spelledOutRu('Брандин', 'Брандин уехал')).toBeNull();
    expect(speakers(['Следственный комитет задержал директора подрядчика.', '«Подрядчик завысил объемы работ», — говорится в заявлении СК.'])).toEqual(['Следственный комитет']);
    expect(speakers(['«Подрядчик завысил объемы работ», — говорится в заявлении СК.'])).toEqual(['СК']);
  });
});

describe('who was told, before the verb', () => rules({
  'a publication in marks in the dative before the verb is who was told, not the subject': {
    speakers: [
      [['В Минтрансе «Вектору» пояснили, что смета «может быть пересмотрена после экспертизы».'], ['Минтранс']],
      [['Брандин «Вектору» заявил, что регион «обратится за помощью в федеральный бюджет».'], ['Брандин']],
    ],
  },
}));

describe('institutions', () => rules({
  'an institution’s noun after its capitalised adjective belongs to its name, and «в театре» finds it far back': {
    speakers: [[[
      'Малый театр представил новую постановку «Грозы».',
      'Режиссер Олег Брандин работал над спектаклем год.',
      'Партию Катерины исполнила Ольга Лисовая.',
      'Критики разошлись в оценках.',
      'Зрители тоже.',
      '«Мы добавили два показа в январе», — уточнили в театре.',
    ], ['Малый театр']]],
    names: [['Конституционный суд', 'Конституционный суд']],
  },
}));

describe('fresh-text forms (session 5)', () => rules({
  'a country’s genitive opening a four-word run is not part of the foreign name after it': {
    speakers: [[['Премьер-министр Олег Брандин провел переговоры с президентом Турции Арифом Кемалем Озтюрком.', '«Мы готовы продолжать диалог в любом формате», — заявил Озтюрк.'], ['Ариф Кемаль Озтюрк']]],
    names: [['Турции Арифом Кемалем Озтюрком', 'Арифом Кемалем Озтюрком']],
  },
  'a role noun alone, capitalised at a sentence start or in an oblique case before the name, finds its holder': {
    speakers: [
      [[
        'Министр транспорта Олег Брандин встретился с послом Турции Арифом Назари.',
        'Посол, как сообщил источник в отрасли, пообещал «передать озабоченность российской стороны в Тегеран».',
      ], ['Ариф Назари']],
      [[
        'Генеральный директор компании Игорь Соколов объяснил решение экономикой.',
        '«Мы не будем летать себе в убыток, это понятно всем», — сказал топ-менеджер.',
      ], ['Игорь Соколов']],
    ],
  },
  'a role noun with a body’s complement ("директор фонда") is the one introduced with that role, whatever the verb’s tense': {
    speakers: [
      [[
        'Фонд «Дом» помогает больным. Его директор Ксения Брандина рассказала о пожертвованиях.',
        'Партнеры фонда, по словам Олега Соколова, стали осторожнее.',
        '«Один из партнеров написал нам, что не может рисковать», — вспоминает директор фонда.',
      ], ['Ксения Брандина']],
      // With nobody introduced in that office, the phrase stays an unnamed source, not the nearest person.
      [['Олег Соколов провел в компании десять лет.', '«Мы не комментируем слухи о сокращениях», — сказал представитель компании.'], ['представитель компании']],
    ],
  },
  'an office in the locative with its complement before a plural verb speaks, its head noun in the nominative': {
    speakers: [
      [['В пресс-службе Минфина уточнили, что «ведомство регулярно анализирует налоговую нагрузку».'], ['пресс-служба Минфина']],
      [['В Министерстве транспорта Ирана заявили, что «ведут переговоры с партнерами».'], ['Министерство транспорта Ирана']],
      [['В пресс-службе «Вектора» уточнили, что компания «пока не видела официального документа».'], ['пресс-служба «Вектора»']],
      [['В администрации Тверской области сообщили, что «работы будут завершены к зиме».'], ['администрация Тверской области']],
    ],
  },
  'a person’s name before a circumstance opened by a preposition is the subject of the verb after it': {
    speakers: [[['Олег Брандин на встрече с журналистами в Твери заявил, что «решение будет принято до конца года».'], ['Олег Брандин']]],
  },
  '"как передает <agency>" before another verb of saying: the agency relays, the later subject speaks': {
    speakers: [
      [[
        'Как передает агентство «Вектор», вице-премьер Олег Брандин на встрече с журналистами заявил, что «никаких решений о новых налогах нет».',
      ], ['Олег Брандин']],
      [['«Решение уже принято и обсуждению не подлежит», — передает «Вектор».'], ['Вектор']],
    ],
  },
}));

describe('relatives sharing a surname', () => rules({
  'two people with one surname and different first names stay two; a lone surname joins one by gender': {
    speakers: [
      [[
        'Директор фонда Ксения Брандина думала закрыть фонд. Ее отговорила мать, врач Валентина Брандина.',
        'Сама Валентина Брандина в разговоре с журналистами была резче. «Мы справляемся, но какой ценой», — сказала она.',
      ], ['Валентина Брандина']],
      [[
        'Суд арестовал бывшего вице-мэра Олега Соколова. По делу проходит и его жена Светлана Соколова.',
        '«Я не знаю, о каких деньгах идет речь», — сказала Соколова.',
        '«Мой подзащитный ни от кого не скрывался», — заявил адвокат Соколова Павел Гриневич.',
      ], ['Светлана Соколова', 'Павел Гриневич']],
      // An oblique case that looks feminine still finds the one man of that surname.
      [['Пресс-секретарь Олег Брандин провел брифинг.', 'По словам Брандина, «переговоры продолжатся на следующей неделе».'], ['Олег Брандин']],
    ],
  },
}));
