"""Who is a person, and their rank and office: one example per rule added for the fresh real batches (dev4, dev5),
named after its rule id (as in test_extract_rules.py). Every sentence is written for the test (fictional people);
each rule also gets a second wording of the same shape, so that it is the grammar that is tested, not one phrasing.
"""

from whomet.store.extract import extract

HEAD = "date 2024-06-12 Source: Ministry of Interior of the Republic of Poland\n\n"


def _members(text):
    return {m.name: (d.side, m) for mt in extract(HEAD + text).meetings for d in mt.delegations for m in d.members}


def test_person_abbreviated_given_name():
    people = _members("The sixth round of talks was held in Dhaka on 11 June. Md Karim Hossain led the Bangladeshi "
                      "side while Anil Verma led the Indian side.")
    assert "Md Karim Hossain" in people and people["Md Karim Hossain"][1].rule == "person.abbreviated_given_name"
    people = _members("On 11 June, the talks in Kuala Lumpur were attended by Mohd Faizal Rahman and Anna Nowak.")
    assert "Mohd Faizal Rahman" in people


def test_person_honorific_abbreviated_and_cambodian():
    # 'Sh.' (Shri) written short with its stop; the Cambodian 'Samdech' titles, alone or with a title word
    people = _members("On 11 June, the Indian delegation was led by Sh. Ravi Kumar, Director General, while the "
                      "Nepali delegation was headed by Mr. Hari Thapa in Kathmandu.")
    assert "Ravi Kumar" in people and "Sh. Ravi Kumar" not in people
    people = _members("On 11 June, the Lao delegation paid a courtesy call on Samdech Techo Chan Vuthy, President of "
                      "the Senate, and met Samdech Krolahom Sar Sovann, Minister of Interior, in Phnom Penh.")
    assert {"Chan Vuthy", "Sar Sovann"} <= set(people)


def test_person_family_name_first_southern_chinese():
    # a Cantonese or Hokkien family name written first opens the name, after a title in capitals too
    people = _members("On 11 June, the Indonesian police chief met the Commissioner of the Ruritania Police Force "
                      "(RPF) Hoong Wai Keat in Jakarta. Commissioner Hoong thanked his hosts.")
    assert "Hoong Wai Keat" in people
    assert people["Hoong Wai Keat"][1].position == "Commissioner of the Ruritania Police Force (RPF)"
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met Director of Operations Tsang Wing Kei in "
                      "Warsaw.")
    assert "Tsang Wing Kei" in people


def test_person_caps_surname_before_a_lower_case_word():
    people = _members("On 11 June, the meeting was attended by Inspector General of Police, Amani Juma KIBWANA and "
                      "the Commissioner of Police Piotr Zielinski in Warsaw.")
    assert "Amani Juma KIBWANA" in people
    people = _members("On 11 June, Police Commissioner Jonas PETRAITIS met Deputy Minister Piotr Zielinski in Warsaw.")
    assert "Jonas PETRAITIS" in people


def test_person_grade_then_rank():
    people = _members("On 11 June, the meeting was attended by Ruritania's Inspector General of Police CG Amani "
                      "Kibwana and Deputy Minister Piotr Zielinski in Warsaw.")
    kib = people["Amani Kibwana"][1]
    assert kib.rank == "CG" and kib.position == "Ruritania's Inspector General of Police"
    people = _members("On 11 June, Commissioner of Police DCG Jonas Lis met Deputy Minister Piotr Zielinski in Warsaw.")
    assert people["Jonas Lis"][1].rank == "DCG" and people["Jonas Lis"][1].position == "Commissioner of Police"


def test_rank_slash_honorific():
    people = _members("On 11 June, the Ruritanian Inspector-General of Police received the delegation in Accra. "
                      "Present were Director-General Operations, COP/Mr Kwame Owusu, Director-General Finance, "
                      "ACP/Mrs Ama Boateng and Director-General Human Resource, COP/Dr Yaw Mensah.")
    assert people["Kwame Owusu"][1].rank == "COP"
    assert people["Kwame Owusu"][1].position == "Director-General Operations"
    assert people["Ama Boateng"][1].rank == "ACP"
    assert people["Yaw Mensah"][1].position == "Director-General Human Resource"
    assert "Human Resource" not in people


def test_office_grade_field():
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met the Ruritanian police delegation in Lahore. "
                      "He directed DIG Logistics to support the guests. DIG Operations Imran Shahid Qureshi and "
                      "Additional IGP Training Tariq Mahmood were also present.")
    assert "Logistics" not in people and "Operations Imran Shahid Qureshi" not in people
    assert people["Imran Shahid Qureshi"][1].position == "DIG Operations"
    assert people["Imran Shahid Qureshi"][1].rank is None
    assert people["Tariq Mahmood"][1].position == "Additional IGP Training"


def test_office_word_before_honorific():
    people = _members("On 11 June, Inspector General of Police (IGP) Ruritania Dr Amani Kibwana met Deputy Minister "
                      "Piotr Zielinski in Warsaw.")
    assert "Ruritania" not in people
    assert people["Amani Kibwana"][1].position == "Inspector General of Police (IGP) Ruritania"
    assert people["Amani Kibwana"][1].rank is None
    # a title word after a retired mark is no office's word
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met the Minister of Home Affairs Police General "
                      "(Ret) Pfr Drs Budi Santoso in Warsaw.")
    assert "Budi Santoso" in people and not any("Pfr" in name for name in people)


def test_office_agency_after_comma_keeps_its_acronym():
    people = _members("On 11 June, the Indian delegation was led by Ravi Kumar, Director General, Narcotics Control "
                      "Bureau (NCB) while the other side was headed by Hari Thapa, Director General, Anti Drugs Force "
                      "(ADF) in Delhi.")
    assert people["Ravi Kumar"][1].position == "Director General, Narcotics Control Bureau (NCB)"
    assert people["Hari Thapa"][1].position == "Director General, Anti Drugs Force (ADF)"
