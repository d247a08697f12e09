-- 上市后备企业库 (clause 5: 强化重点上市后备企业服务协调): the district's listing reserve
-- enterprises, kept by 区财政金融与国资局. Only enterprises on it may apply for 企业上市扶持.
create table listing_reserve (
    credit_code  varchar(18)  primary key references enterprise (credit_code),
    entered_on   date         not null,
    note         varchar(200)
);
