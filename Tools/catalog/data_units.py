"""Units of the Điện Biên catalog: agencies, divisions, service centres, roles, communes.

Plain data; gen_catalog.py writes it as Catalog/units/*.yaml.
A division row is (id, name, name_en); a public service unit is a dict with kind
public-service-unit (exactly ten in the province).
"""

AGENCY_ROLES = {
    "director": ("Giám đốc Sở", "Director"),
    "deputy-director": ("Phó Giám đốc Sở", "Deputy Director"),
    "specialist": ("Chuyên viên", "Specialist"),
}

# (id, name, name_en, roles or None for AGENCY_ROLES, divisions, public service units, comment)
AGENCIES = [
    ("home-affairs", "Sở Nội vụ", "Department of Home Affairs", None, [
        ("civil-service", "Phòng Công chức, viên chức", "Civil Service Division"),
        ("local-government", "Phòng Xây dựng chính quyền và Tổ chức phi chính phủ", "Local Government and NGO Division"),
        ("labour", "Phòng Lao động – Việc làm", "Labour and Employment Division"),
        ("merit", "Phòng Người có công", "People with Merit Division"),
        ("emulation", "Ban Thi đua – Khen thưởng", "Emulation and Commendation Board"),
    ], [
        ("employment-centre", "Trung tâm Dịch vụ việc làm tỉnh Điện Biên", "Dien Bien Employment Service Centre", []),
    ], "lao động, việc làm, người có công chuyển về Sở Nội vụ từ 01/3/2025"),
    ("justice", "Sở Tư pháp", "Department of Justice", None, [
        ("civil-status", "Phòng Hành chính tư pháp", "Administrative Justice Division"),
        ("judicial-support", "Phòng Bổ trợ tư pháp", "Judicial Support Division"),
        ("legal-affairs", "Phòng Xây dựng, kiểm tra văn bản và Phổ biến pháp luật", "Legislation and Legal Education Division"),
    ], [
        ("legal-aid", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Điện Biên", "Dien Bien State Legal Aid Centre", []),
        ("auction", "Trung tâm Dịch vụ đấu giá tài sản tỉnh Điện Biên", "Dien Bien Property Auction Service Centre", []),
    ], None),
    ("finance", "Sở Tài chính", "Department of Finance", None, [
        ("business-registration", "Phòng Đăng ký kinh doanh", "Business Registration Office"),
        ("investment", "Phòng Quản lý đầu tư", "Investment Management Division"),
        ("budget", "Phòng Quản lý ngân sách", "Budget Division"),
        ("public-assets", "Phòng Quản lý giá và Công sản", "Prices and Public Assets Division"),
    ], [], "hợp nhất Sở Tài chính và Sở Kế hoạch và Đầu tư từ 01/3/2025"),
    ("construction", "Sở Xây dựng", "Department of Construction", None, [
        ("licensing", "Phòng Quản lý hoạt động xây dựng", "Construction Management Division"),
        ("planning", "Phòng Quy hoạch – Kiến trúc", "Planning and Architecture Division"),
        ("housing", "Phòng Quản lý nhà và Thị trường bất động sản", "Housing and Real Estate Market Division"),
        ("transport", "Phòng Quản lý vận tải, phương tiện và người lái", "Transport, Vehicles and Drivers Division"),
        ("infrastructure", "Phòng Quản lý kết cấu hạ tầng giao thông", "Transport Infrastructure Division"),
    ], [
        ("quality-testing", "Trung tâm Kiểm định chất lượng xây dựng Điện Biên", "Dien Bien Construction Quality Testing Centre", []),
    ], "hợp nhất Sở Xây dựng và Sở Giao thông vận tải từ 01/3/2025"),
    ("agriculture-environment", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", None, [
        ("land", "Phòng Quản lý đất đai", "Land Management Division"),
        ("environment", "Chi cục Bảo vệ môi trường", "Environmental Protection Sub-Department"),
        ("resources", "Phòng Tài nguyên nước, Khoáng sản và Đo đạc bản đồ", "Water, Minerals and Surveying Division"),
        ("agriculture", "Chi cục Trồng trọt, Chăn nuôi và Thủy sản", "Crops, Livestock and Fisheries Sub-Department"),
        ("forestry", "Chi cục Kiểm lâm", "Forest Protection Sub-Department"),
    ], [
        ("land-registration", "Văn phòng Đăng ký đất đai tỉnh Điện Biên", "Dien Bien Land Registration Office", [
            ("dien-bien-phu", "Chi nhánh Văn phòng Đăng ký đất đai khu vực Điện Biên Phủ", "Land Registration Branch, Dien Bien Phu area"),
            ("tuan-giao", "Chi nhánh Văn phòng Đăng ký đất đai khu vực Tuần Giáo", "Land Registration Branch, Tuan Giao area"),
            ("muong-cha", "Chi nhánh Văn phòng Đăng ký đất đai khu vực Mường Chà", "Land Registration Branch, Muong Cha area"),
            ("dien-bien-dong", "Chi nhánh Văn phòng Đăng ký đất đai khu vực Điện Biên Đông", "Land Registration Branch, Dien Bien Dong area"),
            ("muong-nhe", "Chi nhánh Văn phòng Đăng ký đất đai khu vực Mường Nhé", "Land Registration Branch, Muong Nhe area"),
        ]),
    ], "hợp nhất Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường từ 01/3/2025"),
    ("industry-trade", "Sở Công Thương", "Department of Industry and Trade", None, [
        ("trade", "Phòng Quản lý thương mại", "Trade Management Division"),
        ("industry-energy", "Phòng Quản lý công nghiệp và Năng lượng", "Industry and Energy Division"),
        ("technical-safety", "Phòng Kỹ thuật an toàn – Môi trường", "Technical Safety and Environment Division"),
        ("market", "Chi cục Quản lý thị trường", "Market Surveillance Sub-Department"),
    ], [], None),
    ("culture", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", None, [
        ("culture-family", "Phòng Quản lý văn hóa và Gia đình", "Culture and Family Division"),
        ("heritage", "Phòng Di sản văn hóa", "Cultural Heritage Division"),
        ("sports", "Phòng Quản lý thể dục thể thao", "Sports Division"),
        ("tourism", "Phòng Quản lý du lịch", "Tourism Division"),
        ("press-publishing", "Phòng Báo chí, Xuất bản", "Press and Publishing Division"),
    ], [
        ("heritage-board", "Ban Quản lý Di tích quốc gia đặc biệt Chiến trường Điện Biên Phủ", "Management Board of the Dien Bien Phu Battlefield Special National Relic", []),
    ], "báo chí, xuất bản chuyển về Sở Văn hóa, Thể thao và Du lịch từ 01/3/2025"),
    ("science-technology", "Sở Khoa học và Công nghệ", "Department of Science and Technology", None, [
        ("science", "Phòng Quản lý khoa học", "Science Management Division"),
        ("technology", "Phòng Công nghệ và Đổi mới sáng tạo", "Technology and Innovation Division"),
        ("standards", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Standards, Metrology and Quality Sub-Department"),
        ("telecom-post", "Phòng Bưu chính, Viễn thông", "Post and Telecommunications Division"),
    ], [
        ("measurement-centre", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Điện Biên", "Dien Bien Technical Centre for Standards, Metrology and Quality", []),
    ], "bưu chính, viễn thông chuyển về Sở Khoa học và Công nghệ từ 01/3/2025"),
    ("education", "Sở Giáo dục và Đào tạo", "Department of Education and Training", None, [
        ("general-education", "Phòng Giáo dục phổ thông", "General Education Division"),
        ("preschool", "Phòng Giáo dục mầm non", "Preschool Education Division"),
        ("quality-exams", "Phòng Quản lý chất lượng và Khảo thí", "Quality Assurance and Examinations Division"),
        ("vocational", "Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên", "Vocational and Continuing Education Division"),
    ], [], "giáo dục nghề nghiệp chuyển về Sở Giáo dục và Đào tạo từ 01/3/2025"),
    ("health", "Sở Y tế", "Department of Health", None, [
        ("medical", "Phòng Nghiệp vụ Y", "Medical Affairs Division"),
        ("pharmacy", "Phòng Nghiệp vụ Dược", "Pharmaceutical Affairs Division"),
        ("social-protection", "Phòng Bảo trợ xã hội, Trẻ em và Phòng, chống tệ nạn xã hội", "Social Protection, Children and Social Evils Prevention Division"),
        ("food-safety", "Chi cục An toàn vệ sinh thực phẩm", "Food Safety Sub-Department"),
    ], [
        ("general-hospital", "Bệnh viện Đa khoa tỉnh Điện Biên", "Dien Bien Provincial General Hospital", []),
        ("cdc", "Trung tâm Kiểm soát bệnh tật tỉnh Điện Biên", "Dien Bien Centre for Disease Control", []),
        ("social-protection-centre", "Trung tâm Công tác xã hội tỉnh Điện Biên", "Dien Bien Social Work Centre", []),
    ], "bảo trợ xã hội, trẻ em chuyển về Sở Y tế từ 01/3/2025"),
    ("ethnic-religious", "Sở Dân tộc và Tôn giáo", "Department of Ethnic Minorities and Religions", None, [
        ("ethnic-policy", "Phòng Chính sách dân tộc", "Ethnic Policy Division"),
        ("religion", "Phòng Quản lý tôn giáo, tín ngưỡng", "Religion and Belief Division"),
    ], [], None),
    ("inspectorate", "Thanh tra tỉnh Điện Biên", "Dien Bien Provincial Inspectorate", {
        "chief-inspector": ("Chánh Thanh tra tỉnh", "Chief Inspector"),
        "deputy-chief-inspector": ("Phó Chánh Thanh tra tỉnh", "Deputy Chief Inspector"),
        "inspector": ("Thanh tra viên", "Inspector"),
    }, [
        ("citizen-reception", "Ban Tiếp công dân tỉnh", "Provincial Citizen Reception Board"),
        ("complaints", "Phòng Giải quyết khiếu nại, tố cáo", "Complaints and Denunciations Division"),
        ("anti-corruption", "Phòng Phòng, chống tham nhũng, tiêu cực", "Anti-Corruption Division"),
    ], [], None),
    ("office", "Văn phòng Ủy ban nhân dân tỉnh", "Office of the Provincial People's Committee", {
        "chief": ("Chánh Văn phòng", "Chief of Office"),
        "deputy-chief": ("Phó Chánh Văn phòng", "Deputy Chief of Office"),
        "specialist": ("Chuyên viên", "Specialist"),
    }, [
        ("general-affairs", "Phòng Tổng hợp", "General Affairs Division"),
        ("economy", "Phòng Kinh tế", "Economy Division"),
        ("culture-society", "Phòng Khoa giáo – Văn xã", "Education, Culture and Society Division"),
        ("admin-reform", "Phòng Kiểm soát thủ tục hành chính", "Administrative Procedure Control Division"),
    ], [], None),
    ("foreign-affairs", "Sở Ngoại vụ", "Department of Foreign Affairs", None, [
        ("consular-border", "Phòng Lãnh sự – Biên giới", "Consular and Border Affairs Division"),
        ("cooperation", "Phòng Hợp tác quốc tế", "International Cooperation Division"),
    ], [], "tỉnh biên giới (Lào, Trung Quốc) giữ Sở Ngoại vụ"),
]

PROVINCE_ROLES = {
    "chairman": ("Chủ tịch Ủy ban nhân dân tỉnh", "Chairman"),
    "vice-chairman": ("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Vice-Chairman"),
}

PASC_PROVINCE = ("pasc", "Trung tâm Phục vụ hành chính công tỉnh Điện Biên",
                 "Dien Bien Provincial Public Administration Service Center", {
                     "director": ("Giám đốc Trung tâm", "Director"),
                     "officer": ("Công chức tiếp nhận và trả kết quả", "Reception officer"),
                 })

COMMUNE_ROLES = {
    "chairman": ("Chủ tịch Ủy ban nhân dân xã", "Chairman"),
    "vice-chairman": ("Phó Chủ tịch Ủy ban nhân dân xã", "Vice-Chairman"),
    "justice-officer": ("Công chức Tư pháp – Hộ tịch", "Justice and civil status officer"),
    "land-officer": ("Công chức Địa chính – Xây dựng", "Land and construction officer"),
    "culture-social-officer": ("Công chức Văn hóa – Xã hội", "Culture and social affairs officer"),
    "economy-officer": ("Công chức Kinh tế", "Economy officer"),
}

COMMUNE_DIVISIONS = [
    ("office", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Office of the People's Council and People's Committee", None),
    ("economy", "Phòng Kinh tế", "Economy Division",
     "ở phường: Phòng Kinh tế, Hạ tầng và Đô thị (Economy, Infrastructure and Urban Division)"),
    ("culture-social", "Phòng Văn hóa – Xã hội", "Culture and Social Affairs Division", None),
]

# Deconcentrated agencies: top-level units (they answer to their ministries, not to the People's Committee).
DECONCENTRATED = [
    ("police", "Công an tỉnh Điện Biên", "Dien Bien Provincial Police", {
        "director": ("Giám đốc Công an tỉnh", "Director"),
        "deputy-director": ("Phó Giám đốc Công an tỉnh", "Deputy Director"),
    }, [
        ("pc06", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06)", "Administrative Police for Social Order (PC06)"),
        ("pc07", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07)", "Fire Prevention, Firefighting and Rescue Police (PC07)"),
        ("pc08", "Phòng Cảnh sát giao thông (PC08)", "Traffic Police (PC08)"),
        ("pa08", "Phòng Quản lý xuất nhập cảnh (PA08)", "Immigration Management (PA08)"),
    ], "thuộc Bộ Công an; tiếp nhận cấp giấy phép lái xe từ 01/3/2025"),
    ("tax", "Thuế tỉnh Điện Biên", "Dien Bien Provincial Tax Department", {
        "director": ("Trưởng Thuế tỉnh", "Head of the Provincial Tax Department"),
        "deputy-director": ("Phó Trưởng Thuế tỉnh", "Deputy Head"),
        "officer": ("Công chức thuế", "Tax officer"),
    }, [
        ("taxpayer-services", "Phòng Quản lý, hỗ trợ doanh nghiệp và người nộp thuế", "Taxpayer Services Division"),
        ("base-1", "Thuế cơ sở 1 tỉnh Điện Biên (Điện Biên Phủ – Điện Biên)", "Local Tax Branch 1 (Dien Bien Phu area)"),
        ("base-2", "Thuế cơ sở 2 tỉnh Điện Biên (Tuần Giáo – Mường Ảng – Tủa Chùa)", "Local Tax Branch 2 (Tuan Giao area)"),
        ("base-3", "Thuế cơ sở 3 tỉnh Điện Biên (Mường Chà – Mường Lay – Nậm Pồ – Mường Nhé)", "Local Tax Branch 3 (Muong Cha area)"),
        ("base-4", "Thuế cơ sở 4 tỉnh Điện Biên (Điện Biên Đông)", "Local Tax Branch 4 (Dien Bien Dong area)"),
    ], "thuộc Cục Thuế (Bộ Tài chính); tên và địa bàn các Thuế cơ sở là mô phỏng"),
    ("social-insurance", "Bảo hiểm xã hội tỉnh Điện Biên", "Dien Bien Provincial Social Insurance", {
        "director": ("Giám đốc Bảo hiểm xã hội tỉnh", "Director"),
        "deputy-director": ("Phó Giám đốc Bảo hiểm xã hội tỉnh", "Deputy Director"),
        "officer": ("Viên chức nghiệp vụ", "Benefits officer"),
    }, [
        ("collection-cards", "Phòng Quản lý thu – Sổ, thẻ", "Contributions, Books and Cards Division"),
        ("benefits", "Phòng Chế độ bảo hiểm xã hội", "Social Insurance Benefits Division"),
        ("health-insurance", "Phòng Giám định bảo hiểm y tế", "Health Insurance Assessment Division"),
        ("base-tuan-giao", "Bảo hiểm xã hội cơ sở Tuần Giáo", "Tuan Giao Local Social Insurance"),
        ("base-muong-nhe", "Bảo hiểm xã hội cơ sở Mường Nhé", "Muong Nhe Local Social Insurance"),
    ], "thuộc Bảo hiểm xã hội Việt Nam (Bộ Tài chính)"),
]

# 45 communes and wards. Modelled on Điện Biên place names; NOT verified against the
# NA Standing Committee resolution on the 2025 rearrangement. distance_km: road distance
# to the provincial centre (Điện Biên Phủ), rounded estimates.
# (id, name, name_en, type, distance_km, former district — for the comment)
COMMUNES = [
    ("dien-bien-phu", "Phường Điện Biên Phủ", "Dien Bien Phu Ward", "ward", 1, "TP Điện Biên Phủ"),
    ("muong-thanh", "Phường Mường Thanh", "Muong Thanh Ward", "ward", 2, "TP Điện Biên Phủ"),
    ("muong-lay", "Phường Mường Lay", "Muong Lay Ward", "ward", 100, "TX Mường Lay"),
    ("thanh-nua", "Xã Thanh Nưa", "Thanh Nua Commune", "commune", 12, "huyện Điện Biên"),
    ("thanh-an", "Xã Thanh An", "Thanh An Commune", "commune", 15, "huyện Điện Biên"),
    ("thanh-yen", "Xã Thanh Yên", "Thanh Yen Commune", "commune", 10, "huyện Điện Biên"),
    ("sam-mun", "Xã Sam Mứn", "Sam Mun Commune", "commune", 25, "huyện Điện Biên"),
    ("nua-ngam", "Xã Núa Ngam", "Nua Ngam Commune", "commune", 30, "huyện Điện Biên"),
    ("muong-nha", "Xã Mường Nhà", "Muong Nha Commune", "commune", 45, "huyện Điện Biên"),
    ("muong-phang", "Xã Mường Phăng", "Muong Phang Commune", "commune", 30, "huyện Điện Biên"),
    ("na-tau", "Xã Nà Tấu", "Na Tau Commune", "commune", 20, "huyện Điện Biên"),
    ("muong-pon", "Xã Mường Pồn", "Muong Pon Commune", "commune", 40, "huyện Điện Biên"),
    ("na-son", "Xã Na Son", "Na Son Commune", "commune", 55, "huyện Điện Biên Đông"),
    ("xa-dung", "Xã Xa Dung", "Xa Dung Commune", "commune", 70, "huyện Điện Biên Đông"),
    ("pu-nhi", "Xã Pu Nhi", "Pu Nhi Commune", "commune", 60, "huyện Điện Biên Đông"),
    ("muong-luan", "Xã Mường Luân", "Muong Luan Commune", "commune", 90, "huyện Điện Biên Đông"),
    ("tia-dinh", "Xã Tìa Dình", "Tia Dinh Commune", "commune", 80, "huyện Điện Biên Đông"),
    ("phinh-giang", "Xã Phình Giàng", "Phinh Giang Commune", "commune", 75, "huyện Điện Biên Đông"),
    ("muong-ang", "Xã Mường Ảng", "Muong Ang Commune", "commune", 60, "huyện Mường Ảng"),
    ("bung-lao", "Xã Búng Lao", "Bung Lao Commune", "commune", 48, "huyện Mường Ảng"),
    ("muong-lan", "Xã Mường Lạn", "Muong Lan Commune", "commune", 70, "huyện Mường Ảng"),
    ("tuan-giao", "Xã Tuần Giáo", "Tuan Giao Commune", "commune", 80, "huyện Tuần Giáo"),
    ("quai-to", "Xã Quài Tở", "Quai To Commune", "commune", 70, "huyện Tuần Giáo"),
    ("chieng-sinh", "Xã Chiềng Sinh", "Chieng Sinh Commune", "commune", 85, "huyện Tuần Giáo"),
    ("muong-mun", "Xã Mường Mùn", "Muong Mun Commune", "commune", 100, "huyện Tuần Giáo"),
    ("pu-nhung", "Xã Pú Nhung", "Pu Nhung Commune", "commune", 95, "huyện Tuần Giáo"),
    ("tua-chua", "Xã Tủa Chùa", "Tua Chua Commune", "commune", 140, "huyện Tủa Chùa"),
    ("sin-chai", "Xã Sín Chải", "Sin Chai Commune", "commune", 160, "huyện Tủa Chùa"),
    ("sinh-phinh", "Xã Sính Phình", "Sinh Phinh Commune", "commune", 150, "huyện Tủa Chùa"),
    ("tua-thang", "Xã Tủa Thàng", "Tua Thang Commune", "commune", 130, "huyện Tủa Chùa"),
    ("sang-nhe", "Xã Sáng Nhè", "Sang Nhe Commune", "commune", 125, "huyện Tủa Chùa"),
    ("muong-cha", "Xã Mường Chà", "Muong Cha Commune", "commune", 65, "huyện Mường Chà"),
    ("na-sang", "Xã Na Sang", "Na Sang Commune", "commune", 50, "huyện Mường Chà"),
    ("muong-tung", "Xã Mường Tùng", "Muong Tung Commune", "commune", 75, "huyện Mường Chà"),
    ("pa-ham", "Xã Pa Ham", "Pa Ham Commune", "commune", 95, "huyện Mường Chà"),
    ("nam-nen", "Xã Nậm Nèn", "Nam Nen Commune", "commune", 110, "huyện Mường Chà"),
    ("na-hy", "Xã Nà Hỳ", "Na Hy Commune", "commune", 150, "huyện Nậm Pồ"),
    ("na-bung", "Xã Nà Bủng", "Na Bung Commune", "commune", 170, "huyện Nậm Pồ"),
    ("cha-to", "Xã Chà Tở", "Cha To Commune", "commune", 120, "huyện Nậm Pồ"),
    ("si-pa-phin", "Xã Si Pa Phìn", "Si Pa Phin Commune", "commune", 95, "huyện Nậm Pồ"),
    ("muong-nhe", "Xã Mường Nhé", "Muong Nhe Commune", "commune", 200, "huyện Mường Nhé"),
    ("sin-thau", "Xã Sín Thầu", "Sin Thau Commune", "commune", 240, "huyện Mường Nhé"),
    ("muong-toong", "Xã Mường Toong", "Muong Toong Commune", "commune", 180, "huyện Mường Nhé"),
    ("nam-ke", "Xã Nậm Kè", "Nam Ke Commune", "commune", 190, "huyện Mường Nhé"),
    ("quang-lam", "Xã Quảng Lâm", "Quang Lam Commune", "commune", 210, "huyện Mường Nhé"),
]
